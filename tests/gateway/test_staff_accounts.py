"""Staff accounts on SQLite and PostgreSQL, and the `python -m bot staff` CLI."""

import os
import subprocess
import sys
from pathlib import Path

import pyotp
import pytest
from cryptography.fernet import Fernet

from bot.gateway.storage import Store
from bot.staff.accounts import Role, StaffError, StaffStore
from bot.staff.passwords import WeakPassword, hash_password, verify_password

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "ett långt lösenord"


@pytest.fixture
async def staff(database_url):
    keys = [Fernet.generate_key()]
    store = Store.from_url(database_url, keys)
    yield StaffStore(store.engine, keys)
    await store.close()


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
    await staff.add("bo", PASSWORD + "!", Role.ADMIN)
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
    added = _cli(tmp_path, "add", "anna", "--role", "admin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "Kontot anna (admin) är skapat." in added.stdout
    assert PASSWORD not in added.stdout + added.stderr
    listed = _cli(tmp_path, "list")
    assert "anna" in listed.stdout and "admin" in listed.stdout and "aktivt" in listed.stdout
    assert _cli(tmp_path, "disable", "anna").returncode == 0
    assert "avstängt" in _cli(tmp_path, "list").stdout

    weak = _cli(tmp_path, "reset", "anna", stdin="kort\n")
    assert weak.returncode == 1 and "minst 12 tecken" in weak.stderr
    unknown = _cli(tmp_path, "disable", "ingen")
    assert unknown.returncode == 1 and "inget konto" in unknown.stderr
