"""The demo data: the small Kara-Balta programme and the oblast of 40 programmes."""
