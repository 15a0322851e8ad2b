"""Staff accounts: argon2 password hashes, the password rule, and account queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from chitext.admin.models import ROLES, StaffUser
from chitext.store.base import utcnow

MIN_PASSWORD_LENGTH: Final = 12
_hasher = PasswordHasher()
# Verified when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH: Final = _hasher.hash("not-a-real-password-for-timing")


class AccountError(ValueError):
    """An account change that cannot be made; the message is shown to staff as is."""


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    local, at, domain = email.partition("@")
    if not (at and local and "." in domain) or " " in email or len(email) > 254:
        raise AccountError(f"{email!r} is not an email address")
    return email


def check_password_rule(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters long")
    if len(set(password)) < 4:
        raise AccountError("the password repeats too few different characters")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"the role must be one of {', '.join(ROLES)}")
    return role


async def find_by_email(session: AsyncSession, email: str) -> StaffUser | None:
    return (
        await session.execute(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    ).scalar_one_or_none()


async def list_users(session: AsyncSession) -> Sequence[StaffUser]:
    return (await session.execute(select(StaffUser).order_by(StaffUser.email))).scalars().all()


async def count_active_admins(session: AsyncSession) -> int:
    query = (
        select(func.count())
        .select_from(StaffUser)
        .where(StaffUser.role == "admin", StaffUser.active.is_(True))
    )
    return int((await session.execute(query)).scalar_one())


async def add_user(session: AsyncSession, email: str, password: str, role: str) -> StaffUser:
    """Create an account (flushes, so a duplicate email fails here with a clear message)."""
    email = normalise_email(email)
    check_role(role)
    check_password_rule(password)
    if await find_by_email(session, email) is not None:
        raise AccountError(f"an account for {email} already exists")
    now = utcnow()
    user = StaffUser(
        email=email,
        password_hash=hash_password(password),
        role=role,
        active=True,
        created_at=now,
        updated_at=now,
    )
    session.add(user)
    try:
        await session.flush()
    except IntegrityError:
        raise AccountError(f"an account for {email} already exists") from None
    return user


async def change_user(
    session: AsyncSession, user: StaffUser, *, role: str | None = None, active: bool | None = None
) -> dict[str, object]:
    """Apply a role/active change; refuses to leave the service without an active admin."""
    changes: dict[str, object] = {}
    if role is not None and role != user.role:
        changes["role"] = check_role(role)
    if active is not None and active != user.active:
        changes["active"] = active
    loses_admin = (
        user.role == "admin"
        and user.active
        and (changes.get("role", "admin") != "admin" or changes.get("active", True) is False)
    )
    if loses_admin and await count_active_admins(session) <= 1:
        raise AccountError("this is the last active admin; make someone else admin first")
    if "role" in changes:
        user.role = role or user.role
    if "active" in changes:
        user.active = bool(active)
    return changes
