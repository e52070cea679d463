"""`meapp user add|passwd|list|role|deactivate|activate`: users and roles.

New passwords come from MEAPP_NEW_PASSWORD or a double prompt, never from an argument
(arguments end up in shell history and process lists). The acting user logs in with
`--user` and MEAPP_PASSWORD or a prompt, as for every command that changes data; before
any user exists, `user add` creates the first one, who must be an administrator.
"""

from __future__ import annotations

import getpass
import os
import sys

from meapp.cli.args import add_command

ORDER = 90


def register(sub, common) -> None:
    u = sub.add_parser("user", parents=[common], help="users and roles")
    usub = u.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = add_command(usub, common, "add", cmd_add, help="add a user (the first one: an admin)")
    add.add_argument("login")
    add.add_argument("--role", help="viewer, editor, evaluator or admin")
    add.add_argument("--name", help="full name")
    add.add_argument("--position", help="position, e.g. head of the finance department")
    add.add_argument("--organisation", help="organisation")

    pw = add_command(usub, common, "passwd", cmd_passwd, help="change a password")
    pw.add_argument("login")

    add_command(usub, common, "list", cmd_list, help="list users")

    role = add_command(usub, common, "role", cmd_role, help="give a user another role")
    role.add_argument("login")
    role.add_argument("role", help="viewer, editor, evaluator or admin")

    for name, active, text in (
        ("deactivate", False, "stop a user from logging in"),
        ("activate", True, "let a deactivated user log in again"),
    ):
        p = add_command(usub, common, name, cmd_set_active, help=text, active=active)
        p.add_argument("login")


def _new_password(ctx, login: str) -> str:
    """MEAPP_NEW_PASSWORD, or typed twice at a terminal."""
    from meapp.errors import ValidationError

    password = os.environ.get("MEAPP_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            "no new password: set MEAPP_NEW_PASSWORD or run the command in a terminal"
        )
    first = getpass.getpass(ctx.tr("New password for {login}: ", login=login))
    second = getpass.getpass(ctx.tr("Repeat the new password: "))
    if first != second:
        raise ValidationError("the two passwords differ")
    return first


def _acting_login(ctx) -> str:
    from meapp.errors import ValidationError

    login = getattr(ctx.args, "user", None) or os.environ.get("MEAPP_USER")
    if not login:
        raise ValidationError("this command changes data: give --user LOGIN")
    return login


def _acting_password(ctx, login: str) -> str:
    from meapp.errors import ValidationError

    password = os.environ.get("MEAPP_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError("no password: set MEAPP_PASSWORD or run the command in a terminal")
    return getpass.getpass(ctx.tr("Password for {login}: ", login=login))


def _show_user(ctx, user, line: str) -> None:
    if ctx.json:
        ctx.print_json({"user": user.as_json()})
    else:
        ctx.out(line)


def cmd_add(ctx) -> int:
    from meapp.errors import ValidationError
    from meapp.services.access import users

    db = ctx.db()
    args = ctx.args
    if not users.has_users(db):
        if args.role not in (None, "admin"):
            raise ValidationError("the first user must be an administrator")
        password = _new_password(ctx, args.login)
        user = users.create_first_admin(
            db,
            args.login,
            args.name or "",
            password,
            position=args.position,
            organisation=args.organisation,
        )
        _show_user(ctx, user, ctx.tr("Administrator {login} created", login=user.login))
        return 0
    actor = ctx.actor("users.manage")
    if not args.role:
        raise ValidationError("give the role: --role viewer, editor, evaluator or admin")
    password = _new_password(ctx, args.login)
    user = users.add_user(
        db,
        actor,
        args.login,
        full_name=args.name or "",
        role=args.role,
        password=password,
        position=args.position,
        organisation=args.organisation,
    )
    _show_user(ctx, user, ctx.tr("User {login} ({role}) created", login=user.login, role=user.role))
    return 0


def cmd_passwd(ctx) -> int:
    """Your own password (proved by the current one), or anyone's as an administrator."""
    from meapp.services.access import users

    db = ctx.existing_db()
    login = _acting_login(ctx)
    password = _acting_password(ctx, login)
    actor = users.authenticate(db, login, password)
    target = users.get_user(db, ctx.args.login)
    if target.login == actor.login:
        new = _new_password(ctx, target.login)
        users.change_own_password(db, target.login, password, new)
    else:
        users.require(actor, "users.manage")
        new = _new_password(ctx, target.login)
        users.set_password(db, actor, target.login, new)
    if ctx.json:
        ctx.print_json({"user": target.login, "password_changed": True})
    else:
        ctx.out(ctx.tr("Password of {login} changed", login=target.login))
    return 0


def cmd_list(ctx) -> int:
    from meapp.services.access import users

    rows = users.list_users(ctx.existing_db())
    if ctx.json:
        ctx.print_json({"users": [u.as_json() for u in rows]})
        return 0
    if not rows:
        ctx.out(ctx.tr("No users yet. Create the administrator: meapp user add LOGIN --name NAME"))
    for u in rows:
        state = "" if u.active else ctx.tr(" (deactivated)")
        position = f" · {u.position}" if u.position else ""
        ctx.out(f"{u.login:<16} {u.role:<10} {u.full_name}{position}{state}")
    return 0


def cmd_role(ctx) -> int:
    from meapp.services.access import users

    actor = ctx.actor("users.manage")
    user = users.change_role(ctx.db(), actor, ctx.args.login, ctx.args.role)
    _show_user(ctx, user, ctx.tr("{login} is now {role}", login=user.login, role=user.role))
    return 0


def cmd_set_active(ctx) -> int:
    from meapp.services.access import users

    actor = ctx.actor("users.manage")
    user = users.set_active(ctx.db(), actor, ctx.args.login, ctx.args.active)
    if user.active:
        line = ctx.tr("{login} can log in again", login=user.login)
    else:
        line = ctx.tr("{login} is deactivated", login=user.login)
    _show_user(ctx, user, line)
    return 0
