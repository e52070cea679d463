"""Signed evaluation reports (PRODUCT.md §5, Signatures).

`identity` makes and keeps a user's signing identity (key + X.509 certificate in a PKCS#12
protected by a password; `keyfile` makes every password guess against it cost as much as
the key's encryption) and the list of trusted signatory certificates; `boxes` says whose
signature goes into which box (the chair's, the mayor's) and who may keep an identity;
`sign` puts a PAdES signature with a visible stamp into a report; `verify` says who
signed, when, whether anything changed afterwards, whether the signers are trusted and
whether the figures are the database's approved data (`approval`: the round's state).
The modules import cryptography and pyHanko inside their functions, so importing this
package costs nothing on the start path.
"""
