"""Staff accounts on SQLite and PostgreSQL, and the `python -m bot staff` CLI."""

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pyotp
import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text

from bot.foundation import migrate
from bot.foundation.accounts import AdminWithoutTotp, Role, StaffError, StaffStore
from bot.foundation.passwords import WeakPassword, hash_password, verify_password
from bot.foundation.storage import Store, utcnow

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "ett långt lösenord"


@pytest.fixture
async def staff(database_url):
    keys = [Fernet.generate_key()]
    store = Store.from_url(database_url, keys)
    yield StaffStore(store.engine, keys)
    await store.close()


def _execute(database_url, statement, params=None):
    engine = create_engine(migrate.sync_url(database_url))
    with engine.begin() as connection:
        connection.execute(text(statement), params or {})
    engine.dispose()


def _code(uri, step_offset=0):
    totp = pyotp.TOTP(pyotp.parse_uri(uri).secret)
    return totp.at(time.time() + step_offset * totp.interval)


def test_passwords_are_salted_scrypt_hashes():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("scrypt$32768$8$1$") and first != second
    assert verify_password(PASSWORD, first)
    assert not verify_password(PASSWORD + "x", first)
    assert not verify_password(PASSWORD, "md5$abc")
    with pytest.raises(WeakPassword):
        hash_password("kort")


async def test_add_list_login_disable_reset(staff):
    await staff.add("anna", PASSWORD)
    await staff.add("bo", PASSWORD + "!", Role.ADMIN, totp=True)
    assert [(m.name, m.role) for m in await staff.list()] == [
        ("anna", Role.WORKER),
        ("bo", Role.ADMIN),
    ]
    assert (await staff.check_login("anna", PASSWORD)).name == "anna"
    assert await staff.check_login("anna", "fel lösenord helt") is None
    assert await staff.check_login("ingen", PASSWORD) is None

    await staff.disable("anna")
    assert await staff.check_login("anna", PASSWORD) is None
    await staff.reset("anna", "ett nytt långt lösenord")
    assert await staff.check_login("anna", "ett nytt långt lösenord") is not None
    with pytest.raises(StaffError):
        await staff.add("anna", PASSWORD)
    with pytest.raises(StaffError):
        await staff.disable("ingen")


async def test_a_second_factor_is_required_once_set_up(staff):
    uri = await staff.add("cia", PASSWORD, totp=True)
    secret = pyotp.parse_uri(uri).secret
    code = pyotp.TOTP(secret).now()
    wrong = f"{(int(code) + 500000) % 1000000:06d}"
    assert await staff.check_login("cia", PASSWORD) is None
    assert await staff.check_login("cia", PASSWORD, wrong) is None
    assert (await staff.check_login("cia", PASSWORD, code)).has_totp


async def test_a_totp_code_works_once(staff):
    uri = await staff.add("cia", PASSWORD, totp=True)
    code = _code(uri)
    assert (await staff.check_login("cia", PASSWORD, code)).name == "cia"
    assert await staff.check_login("cia", PASSWORD, code) is None  # replayed
    # Nor may an earlier step's code (still inside the drift window) follow a later one.
    assert await staff.check_login("cia", PASSWORD, _code(uri, -1)) is None
    assert (await staff.check_login("cia", PASSWORD, _code(uri, +1))).name == "cia"


async def test_an_admin_cannot_exist_or_log_in_without_totp(staff, database_url):
    with pytest.raises(StaffError, match="engångskod"):
        await staff.add("ada", PASSWORD, Role.ADMIN)
    assert await staff.list() == []
    # An admin made before TOTP was required: the right password is not enough.
    await staff.add("ada", PASSWORD, Role.ADMIN, totp=True)
    _execute(database_url, "UPDATE staff SET totp_secret = NULL")
    with pytest.raises(AdminWithoutTotp, match="bot staff totp"):
        await staff.check_login("ada", PASSWORD)
    assert await staff.check_login("ada", "fel lösenord helt") is None  # no hint without it
    uri = await staff.add_totp("ada")
    assert await staff.check_login("ada", PASSWORD) is None
    assert (await staff.check_login("ada", PASSWORD, _code(uri))).has_totp


async def test_an_unknown_name_costs_one_scrypt_run_like_a_known_one(staff, scrypt_runs):
    await staff.add("anna", PASSWORD)
    runs = scrypt_runs
    costs = {}
    for name, password in [("ingen", PASSWORD), ("anna", "fel lösenord helt"), ("anna", PASSWORD)]:
        runs.clear()
        await staff.check_login(name, password)
        costs[(name, password)] = len(runs)
    assert set(costs.values()) == {1}, costs


async def test_old_audit_entries_forget_their_conversation(staff, database_url):
    await staff.add("anna", PASSWORD)
    (anna,) = await staff.list()
    await staff.audit(anna.id, "take", "a" * 32)
    await staff.audit(anna.id, "take", "b" * 32)
    old = utcnow() - dt.timedelta(days=8)
    _execute(
        database_url,
        "UPDATE audit_log SET created_at = :t WHERE conversation_id = :c",
        {"t": old, "c": "a" * 32},
    )
    assert await staff.forget_old_audit(utcnow() - dt.timedelta(days=7)) == 1
    assert await staff.audit_log() == [(anna.id, "take", None), (anna.id, "take", "b" * 32)]
    assert await staff.forget_old_audit(utcnow() - dt.timedelta(days=7)) == 0


async def test_the_retention_job_blanks_old_audit_conversation_ids(database_url, tmp_path):
    from bot.app import run_retention
    from common.settings import load_settings

    settings = load_settings({"OUTREACH_DATA_DIR": str(tmp_path / "var")})
    store = Store.from_url(database_url, settings.fernet_keys)
    staff = StaffStore(store.engine, settings.fernet_keys)
    await staff.add("anna", PASSWORD)
    (anna,) = await staff.list()
    await staff.audit(anna.id, "take", "a" * 32)
    old = utcnow() - dt.timedelta(days=settings.retention_days + 1)
    _execute(database_url, "UPDATE audit_log SET created_at = :t", {"t": old})
    await run_retention(store, settings)
    assert await staff.audit_log() == [(anna.id, "take", None)]
    await store.close()


async def test_the_audit_log_has_actions_and_ids_only(staff):
    await staff.add("anna", PASSWORD)
    (anna,) = await staff.list()
    await staff.audit(anna.id, "login")
    await staff.audit(anna.id, "take", "a" * 32)
    assert await staff.audit_log() == [(anna.id, "login", None), (anna.id, "take", "a" * 32)]


def _cli(tmp_path, *args, stdin=""):
    env = {**os.environ, "OUTREACH_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "bot", "staff", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def test_the_cli_adds_lists_and_disables_in_swedish(tmp_path):
    refused = _cli(tmp_path, "add", "anna", "--role", "admin", stdin=PASSWORD + "\n")
    assert refused.returncode == 1 and "måste ha engångskod" in refused.stderr
    assert "--totp" in refused.stderr and "bot staff totp" in refused.stderr
    added = _cli(tmp_path, "add", "anna", "--role", "admin", "--totp", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "Kontot anna (admin) är skapat." in added.stdout and "otpauth://" in added.stdout
    assert PASSWORD not in added.stdout + added.stderr
    again = _cli(tmp_path, "totp", "anna")
    assert again.returncode == 0 and "otpauth://" in again.stdout
    listed = _cli(tmp_path, "list")
    assert "anna" in listed.stdout and "admin" in listed.stdout and "aktivt" in listed.stdout
    assert _cli(tmp_path, "disable", "anna").returncode == 0
    assert "avstängt" in _cli(tmp_path, "list").stdout

    weak = _cli(tmp_path, "reset", "anna", stdin="kort\n")
    assert weak.returncode == 1 and "minst 12 tecken" in weak.stderr
    unknown = _cli(tmp_path, "disable", "ingen")
    assert unknown.returncode == 1 and "inget konto" in unknown.stderr
