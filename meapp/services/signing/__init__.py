"""Signed evaluation reports (PRODUCT.md §5, Signatures).

`identity` makes and keeps a user's signing identity (key + X.509 certificate in a PKCS#12
protected by a password) and the list of trusted signatory certificates; `sign` puts a
PAdES signature with a visible stamp into a report; `verify` says who signed, when, and
whether anything changed afterwards. The modules import cryptography and pyHanko inside
their functions, so importing this package costs nothing on the start path.
"""
