"""The website pack: static pages and open data a municipality publishes (issue 21)."""
