"""`meapp identity create|import|export-cert|show|trust|trusted`, `meapp sign`, `meapp verify`.

The signing key is protected by the user's login password: `identity create` and `sign`
take it from MEAPP_PASSWORD or a prompt (MEAPP_KEY_PASSWORD, when set, opens a key that was
protected with another password). `identity import` reads the PKCS#12 file's own password
from MEAPP_P12_PASSWORD or a prompt. `sign` signs only into the box of the user's role
(the chair's or the mayor's, `signing.boxes`); only those who sign keep an identity.

`verify` needs no login. It exits 0 only when every signature is intact, nothing but the
next signatures followed it, every signer is trusted (a user of the database or a
certificate trusted with `identity trust`) and every signer who is a user of the database
holds the box they signed into; with `--db PATH` on its command line it also compares the
report's data fingerprint with the approved data of that database and that database's
audit trail with the chain anchor each signature carries. Anything else — a damaged file
or signature, a change after signing, an unknown signer, a signer in another role's box,
other figures, events deleted after signing — exits 1 with one line on stderr (the details
stay on stdout); a missing file, or a database that holds no such programme, exits 2.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from meapp.cli.args import add_command

ORDER = 60


def register(sub, common) -> None:
    ident = sub.add_parser(
        "identity", parents=[common], help="the signing identity of --user (key and certificate)"
    )
    actions = ident.add_subparsers(dest="identity_action", metavar="ACTION", required=True)

    c = add_command(
        actions,
        common,
        "create",
        cmd_identity_create,
        help="new key and self-signed certificate for --user",
    )
    c.add_argument(
        "--key", choices=("rsa", "ec"), default="rsa", help="key type (rsa 3072 or ec P-256)"
    )
    c.add_argument("--years", type=int, default=5, help="validity of the certificate")
    c.add_argument("--replace", action="store_true", help="replace an existing identity")

    i = add_command(
        actions,
        common,
        "import",
        cmd_identity_import,
        help="take a PKCS#12 file from a certificate authority",
    )
    i.add_argument("file", help="FILE.p12 or FILE.pfx")
    i.add_argument("--replace", action="store_true", help="replace an existing identity")

    e = add_command(
        actions, common, "export-cert", cmd_identity_export, help="write the certificate of --user"
    )
    e.add_argument("-o", "--output", required=True, help="FILE.pem, FILE.crt or FILE.der")
    e.add_argument("--format", choices=("pem", "der"), help="default: from the file name")

    add_command(actions, common, "show", cmd_identity_show, help="the certificate of --user")
    t = add_command(
        actions, common, "trust", cmd_identity_trust, help="trust a signatory's certificate"
    )
    t.add_argument("file", help="certificate file (PEM or DER)")
    add_command(actions, common, "trusted", cmd_identity_trusted, help="list trusted certificates")

    sg = add_command(sub, common, "sign", cmd_sign, help="sign a report in place as --user")
    sg.add_argument("file", help="the report (PDF) of an approved round")
    sg.add_argument(
        "--field", help="signature field to fill (only the box of your role: the default)"
    )

    v = add_command(
        sub,
        common,
        "verify",
        cmd_verify,
        help="check the signatures of a PDF (with --db: also its figures against that database)",
    )
    v.add_argument("file")


# -- who and which password -------------------------------------------------------------------


def _secret(ctx, env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        from meapp.errors import ValidationError

        raise ValidationError("no password: set {env} or run the command in a terminal", env=env)
    return getpass.getpass(prompt)


def _login_name(ctx) -> str:
    from meapp.errors import ValidationError

    login = getattr(ctx.args, "user", None) or os.environ.get("MEAPP_USER")
    if not login:
        raise ValidationError("give --user LOGIN")
    return login


def _login(ctx, right: str):
    """The acting user and the password they typed (it also protects their key)."""
    from meapp.services.access import users

    db = ctx.db()
    login = _login_name(ctx)
    password = _secret(ctx, "MEAPP_PASSWORD", ctx.tr("Password for {login}: ", login=login))
    actor = users.authenticate(db, login, password)
    users.require(actor, right)
    ctx._actor = actor
    return actor, password


def _cert_lines(ctx, info) -> list[str]:
    lines = [ctx.tr("Name: {name}", name=info.common_name)]
    if info.title:
        lines.append(ctx.tr("Position: {position}", position=info.title))
    if info.organisation:
        lines.append(ctx.tr("Organisation: {organisation}", organisation=info.organisation))
    lines.append(
        ctx.tr(
            "Issued by: {issuer}",
            issuer=info.issuer if not info.self_signed else ctx.tr("self-signed"),
        )
    )
    lines.append(
        ctx.tr(
            "Valid: {start} – {end}",
            start=info.not_before.strftime("%Y-%m-%d"),
            end=info.not_after.strftime("%Y-%m-%d"),
        )
    )
    lines.append(ctx.tr("SHA-256: {sha256}", sha256=info.sha256))
    return lines


# -- identity ---------------------------------------------------------------------------------


def _identity_made(ctx, dto, headline: str) -> int:
    """The new identity (created or imported): its JSON, or `headline` and its certificate."""
    if ctx.json:
        ctx.print_json({"login": dto.login, "certificate": dto.certificate.as_json()})
        return 0
    ctx.out(headline)
    for line in _cert_lines(ctx, dto.certificate):
        ctx.out("  " + line)
    return 0


def cmd_identity_create(ctx) -> int:
    from meapp.services.signing import identity

    actor, password = _login(ctx, "identity.manage")
    dto = identity.create_identity(
        ctx.db(),
        actor,
        actor.login,
        password,
        key_type=ctx.args.key,
        years=ctx.args.years,
        replace=ctx.args.replace,
    )
    return _identity_made(
        ctx, dto, ctx.tr("Signing identity created for {login}.", login=dto.login)
    )


def cmd_identity_import(ctx) -> int:
    from meapp.services.common.files import read_bytes
    from meapp.services.signing import identity

    path = Path(ctx.args.file)
    data = read_bytes(path)
    actor, password = _login(ctx, "identity.manage")
    p12_password = _secret(
        ctx, "MEAPP_P12_PASSWORD", ctx.tr("Password of {file}: ", file=path.name)
    )
    dto = identity.import_identity(
        ctx.db(),
        actor,
        actor.login,
        data,
        p12_password,
        password,
        replace=ctx.args.replace,
        file=path.name,
    )
    return _identity_made(
        ctx, dto, ctx.tr("Signing identity imported for {login}.", login=dto.login)
    )


def cmd_identity_export(ctx) -> int:
    from meapp.services.signing import identity

    out = Path(ctx.args.output)
    fmt = ctx.args.format or ("der" if out.suffix.lower() in (".der", ".cer") else "pem")
    data = identity.export_certificate(ctx.existing_db(), _login_name(ctx), fmt)
    out.write_bytes(data)
    if ctx.json:
        ctx.print_json({"format": fmt, "bytes": len(data)})
    else:
        ctx.out(ctx.tr("Certificate written: {file}", file=str(out)))
    return 0


def cmd_identity_show(ctx) -> int:
    from meapp.services.signing import identity

    login = _login_name(ctx)
    dto = identity.get_identity(ctx.existing_db(), login)
    if ctx.json:
        ctx.print_json({"login": login, "certificate": dto.certificate.as_json() if dto else None})
        return 0
    if dto is None:
        ctx.out(ctx.tr("{login} has no signing identity.", login=login))
        return 0
    for line in _cert_lines(ctx, dto.certificate):
        ctx.out(line)
    return 0


def cmd_identity_trust(ctx) -> int:
    from meapp.services.common.files import read_bytes
    from meapp.services.signing import identity

    path = Path(ctx.args.file)
    data = read_bytes(path)
    info = identity.add_trusted_certificate(data, file=path.name)
    if ctx.json:
        ctx.print_json(info.as_json())
    else:
        ctx.out(ctx.tr("Trusted: {name}", name=info.common_name))
        for line in _cert_lines(ctx, info)[1:]:
            ctx.out("  " + line)
    return 0


def cmd_identity_trusted(ctx) -> int:
    from meapp.services.signing import identity

    infos = identity.list_trusted_certificates()
    if ctx.json:
        ctx.print_json({"trusted": [i.as_json() for i in infos]})
        return 0
    if not infos:
        ctx.out(ctx.tr("No trusted certificates. Add one: meapp identity trust FILE.pem"))
    for i in infos:
        ctx.out(f"{i.sha256[:16]}  {i.common_name}" + (f" · {i.title}" if i.title else ""))
    return 0


# -- sign and verify --------------------------------------------------------------------------


def cmd_sign(ctx) -> int:
    from meapp.services.signing.sign import sign_report

    path = Path(ctx.args.file)
    if not path.is_file():
        from meapp.errors import ValidationError

        raise ValidationError("file not found: {file}", file=str(path))
    actor, password = _login(ctx, "countersign")
    key_password = os.environ.get("MEAPP_KEY_PASSWORD") or password
    result = sign_report(
        ctx.db(), actor, path, key_password, field_name=ctx.args.field, translate=ctx.translate
    )
    if ctx.json:
        ctx.print_json(result.as_json())
    else:
        who = result.signer + (f" ({result.position})" if result.position else "")
        ctx.out(
            ctx.tr(
                "Signed {file} as {who} in the field {field}.",
                file=path.name,
                who=who,
                field=result.field_name,
            )
        )
    return 0


def _signers_db(ctx):
    """The database whose users' certificates are trusted and whose roles own the boxes:
    the one given (or the default one) when it exists."""
    arg = ctx.db_arg
    return ctx.db() if ("://" in arg or Path(arg).exists()) else None


def _data_db(ctx):
    """The database whose approved data the report's figures are compared with: the one
    named by `--db` on this command line (not the default one, nor MEAPP_DB)."""
    if not getattr(ctx.args, "db", None):
        return None
    return ctx.existing_db()


def _signature_lines(ctx, n: int, sig) -> list[str]:
    from meapp.services.signing.boxes import BOX_LABELS

    who = (sig.signer or "?") + (f", {sig.position}" if sig.position else "")
    when = (
        sig.signing_time.astimezone().strftime("%Y-%m-%d %H:%M %z")
        if sig.signing_time
        else ctx.tr("unknown")
    )
    box = BOX_LABELS.get(sig.field_name)
    lines = [f"{n}. {who}", "   " + ctx.tr("signed: {when}", when=when)]
    lines.append(
        "   "
        + ctx.tr(
            "field: {field}",
            field=sig.field_name + (f" ({ctx.translate('signing', box)})" if box else ""),
        )
    )
    if not sig.intact:
        state = ctx.tr("BROKEN: the signed content was altered")
    elif sig.changed_after_signing:
        state = ctx.tr("intact, but the document was CHANGED after signing")
    elif sig.covers_whole_document:
        state = ctx.tr("intact, covers the whole document")
    else:
        state = ctx.tr("intact; later only further signatures were added")
    lines.append("   " + state)
    if not sig.intact:
        pass  # a broken signature vouches for no one: trust is beside the point
    elif sig.trusted:
        lines.append("   " + ctx.tr("trusted signer"))
        if sig.box_ok is False:
            lines.append(
                "   "
                + ctx.tr(
                    "NOT THEIR BOX: {login} does not hold this box", login=sig.signer_login or ""
                )
            )
    elif sig.certificate_sha256:
        lines.append(
            "   "
            + ctx.tr(
                "UNKNOWN signer: certificate SHA-256 {sha256} is not trusted",
                sha256=sig.certificate_sha256,
            )
        )
    return lines


def _chain_line(ctx, chain) -> None:
    """What the database's audit trail says about the state the report was signed in."""
    if chain is None:
        return
    if chain.state == "held":
        ctx.out(
            ctx.tr(
                "The audit trail still holds the {count} events it had when the report was signed.",
                count=chain.anchor.count if chain.anchor else 0,
            )
        )
    elif chain.state == "other_database":
        ctx.out(
            ctx.tr("The report was signed in another database: its audit trail was not compared.")
        )


def cmd_verify(ctx) -> int:
    """Exit 0 only when the report is valid (`VerifyReport.failure` is None); otherwise the
    details on stdout and the reason as one line on stderr: exit 1 for damage, a change,
    an unknown signer or figures that are not the database's, 2 for a file that is not
    there or a database that cannot answer."""
    from meapp.services.signing.identity import trusted_certificates
    from meapp.services.signing.verify import verify_pdf

    path = Path(ctx.args.file)
    data_db = _data_db(ctx)
    signers_db = _signers_db(ctx)
    report = verify_pdf(
        path, trusted_certificates(signers_db), data_db=data_db, signers_db=signers_db
    )
    failure = report.failure()
    if ctx.json:
        ctx.print_json(report.as_json())
    else:
        name = path.name
        if report.signed:
            ctx.out(ctx.tr("{file}: {n} signature(s)", file=name, n=len(report.signatures)))
            for n, sig in enumerate(report.signatures, 1):
                for line in _signature_lines(ctx, n, sig):
                    ctx.out(line)
        mark = report.mark
        if mark.period and mark.fingerprint:
            ctx.out(
                ctx.tr(
                    "Signed report of {period}, data fingerprint {fingerprint}",
                    period=mark.period,
                    fingerprint=mark.fingerprint,
                )
            )
        sound = all(sig.valid for sig in report.signatures)
        if sound and report.data is not None and report.data.state == "match":
            ctx.out(
                ctx.tr(
                    "The figures are the approved data of {period} in this database.",
                    period=mark.period or "",
                )
            )
            _chain_line(ctx, report.data.chain)
        if failure is None:
            ctx.out(
                ctx.tr(
                    "All signatures are valid, every signer is trusted and nothing was "
                    "changed after signing."
                )
            )
    if failure is not None:
        raise failure
    return 0
