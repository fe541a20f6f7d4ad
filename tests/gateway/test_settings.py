"""Secrets come from the environment or 0600 key files, never from the repository."""

import stat

import pytest
from cryptography.fernet import Fernet

from common.settings import SettingsError, load_settings


def test_first_run_creates_private_key_files(tmp_path):
    settings = load_settings({"OUTREACH_DATA_DIR": str(tmp_path)})
    for name in ("fernet.keys", "hmac.key"):
        mode = stat.S_IMODE((tmp_path / "keys" / name).stat().st_mode)
        assert mode == 0o600, name
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"
    # The same keys on the next start: nothing encrypted earlier is lost.
    again = load_settings({"OUTREACH_DATA_DIR": str(tmp_path)})
    assert again.fernet_keys == settings.fernet_keys and again.hmac_key == settings.hmac_key


def test_keys_from_the_environment_win_and_rotate(tmp_path):
    new, old = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings = load_settings(
        {
            "OUTREACH_DATA_DIR": str(tmp_path),
            "OUTREACH_FERNET_KEYS": f"{new},{old}",
            "OUTREACH_HMAC_KEY": "x" * 40,
        }
    )
    assert settings.fernet_keys == (new.encode(), old.encode())
    assert not (tmp_path / "keys").exists()


@pytest.mark.parametrize(
    "env",
    [
        {"OUTREACH_FERNET_KEYS": "not-a-key"},
        {"OUTREACH_HMAC_KEY": "short"},
        {"OUTREACH_PORT": "eighty"},
        {"OUTREACH_RASA_URLS": " , "},
        # Embedding origins go into a CSP header as they are: nothing but an origin may pass.
        {"OUTREACH_EMBED_ORIGINS": "*"},
        {"OUTREACH_EMBED_ORIGINS": "https://www.example.se/sida"},
        {"OUTREACH_EMBED_ORIGINS": "https://a.se; script-src *"},
        {"OUTREACH_EMBED_ORIGINS": "'unsafe-inline'"},
        {"OUTREACH_EMBED_ORIGINS": "javascript://x"},
        # Channel codes become statistics keys and link parameters.
        {"OUTREACH_CHANNELS": "Annonssajt"},
        {"OUTREACH_CHANNELS": "a" * 33},
        {"OUTREACH_CHANNELS": "_none"},
    ],
)
def test_bad_settings_stop_the_start(tmp_path, env):
    with pytest.raises(SettingsError):
        load_settings({"OUTREACH_DATA_DIR": str(tmp_path), **env})


def test_a_key_file_others_can_read_is_refused(tmp_path):
    load_settings({"OUTREACH_DATA_DIR": str(tmp_path)})
    (tmp_path / "keys" / "hmac.key").chmod(0o644)
    with pytest.raises(SettingsError, match="chmod 600"):
        load_settings({"OUTREACH_DATA_DIR": str(tmp_path)})


def test_the_database_password_is_masked_for_logs(tmp_path):
    settings = load_settings(
        {
            "OUTREACH_DATA_DIR": str(tmp_path),
            "OUTREACH_DATABASE_URL": "postgresql+psycopg://app:hemligt@db/outreach",
        }
    )
    assert "hemligt" not in settings.log_safe_database_url
    assert "hemligt" not in repr(settings)


def test_embedding_origins_and_channel_codes_are_read_as_lists(tmp_path):
    settings = load_settings(
        {
            "OUTREACH_DATA_DIR": str(tmp_path),
            "OUTREACH_EMBED_ORIGINS": "https://www.example.se, https://*.example.se:8443/",
            "OUTREACH_CHANNELS": "annonssajt instagram,annonssajt",
        }
    )
    assert settings.embed_origins == ("https://www.example.se", "https://*.example.se:8443")
    assert settings.channels == ("annonssajt", "instagram")
    assert load_settings({"OUTREACH_DATA_DIR": str(tmp_path)}).embed_origins == ()
