"""Offline exchange packages (`.mepkg`) between installations (PRODUCT.md §4, §6).

An aiyl okmotu without internet exports its programme, or the data of chosen periods, as one
zip file; the rayon imports many of them into its own database. The pieces:

* `format` — what a package holds (manifest schema, format version, the tables and how a row
  becomes JSON) and the limits a package must keep;
* `signature` — the detached CMS signature of the manifest made with the sender's signing
  identity, and its verification;
* `reader` — opening a package safely: zip integrity, entry names, sizes, hashes, signature,
  rows and duplicate ids, before anything touches a database;
* `export` — `export_package`;
* `plan` — comparing a package with a database: new / changed / unchanged / conflicting /
  outdated / locked rows;
* `import_` — `preview_package` (read-only, for the import dialog) and `import_package`
  (one transaction, idempotent);
* `trust` — which signer's certificate each municipality's packages carry.

Nothing here imports Qt; the GUI runs these functions through its worker helper with
`progress(done, total)` and `cancelled()` callables.
"""
