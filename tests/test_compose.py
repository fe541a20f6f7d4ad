"""docker-compose.yml gives each service only what it needs.

Separate Fernet keys and database roles for Rasa and the gateway, a Redis
password, gateway replicas on Redis behind the only published port: the TLS
proxy, whose site config the two-gateway tests run for real. The roles are
created for real on the tests' PostgreSQL by docker/postgres/init-roles.sh
and the migrations, and Rasa's tracker store works with its role.
"""

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import sqlalchemy as sa
import yaml
from cryptography.fernet import Fernet
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from engine.tracker_store import EncryptedTrackerStore, engine_url

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_TEXT = (ROOT / "docker-compose.yml").read_text()
COMPOSE = yaml.safe_load(COMPOSE_TEXT)
SERVICES = COMPOSE["services"]


def env(service: str) -> dict:
    return SERVICES[service].get("environment", {})


def user_of(url: str) -> str:
    return re.match(r"postgresql\+psycopg://([^:]+):", url).group(1)


def test_rasa_and_the_gateway_have_keys_of_their_own():
    rasa, gateway = env("rasa"), env("gateway")
    assert rasa["OUTREACH_TRACKER_FERNET_KEYS"].startswith("${OUTREACH_TRACKER_FERNET_KEYS:?")
    assert "OUTREACH_FERNET_KEYS" not in rasa and "OUTREACH_HMAC_KEY" not in rasa
    assert gateway["OUTREACH_FERNET_KEYS"].startswith("${OUTREACH_FERNET_KEYS:?")
    assert "OUTREACH_TRACKER_FERNET_KEYS" not in gateway


def test_each_service_uses_its_own_database_role():
    assert user_of(env("rasa")["OUTREACH_DATABASE_URL"]) == "outreach_rasa"
    assert user_of(env("gateway")["OUTREACH_DATABASE_URL"]) == "outreach_gateway"
    assert user_of(env("migrate")["OUTREACH_DATABASE_URL"]) == "outreach"  # one-shot
    assert env("migrate")["OUTREACH_DB_RASA_ROLE"] == "outreach_rasa"
    init = "./docker/postgres/init-roles.sh:/docker-entrypoint-initdb.d/10-roles.sh:ro"
    assert init in SERVICES["postgres"]["volumes"]


def test_redis_needs_a_password_and_rasa_has_it():
    redis = SERVICES["redis"]
    assert redis["command"][:2] == ["redis-server", "--requirepass"]
    assert redis["command"][2].startswith("${REDIS_PASSWORD:?")
    assert redis["environment"]["REDISCLI_AUTH"] == redis["command"][2]  # the health check
    assert env("rasa")["OUTREACH_REDIS_URL"].startswith("redis://:${REDIS_PASSWORD:?")


def test_only_the_tls_proxy_is_published_and_only_it_reaches_the_gateways():
    published = {name for name, service in SERVICES.items() if service.get("ports")}
    assert published == {"proxy"}
    assert set(SERVICES["gateway"]["networks"]) == {"front", "backend"}
    assert all(COMPOSE["networks"][name].get("internal") for name in ("front", "backend"))
    # So the gateways may trust the X-Forwarded-Proto that the proxy's site config sets.
    assert env("gateway")["OUTREACH_TRUST_FORWARDED_PROTO"] == "true"
    template = "./docker/nginx/outreach.conf.template"
    assert f"{template}:/etc/nginx/templates/default.conf.template:ro" in (
        SERVICES["proxy"]["volumes"]
    )
    site = (ROOT / template).read_text()
    assert "proxy_set_header X-Forwarded-Proto https;" in site and "access_log off;" in site
    assert SERVICES["proxy"]["ports"] == ["${GATEWAY_BIND:-127.0.0.1}:${HTTPS_PORT:-8443}:443"]


def test_the_gateways_are_replicas_that_share_redis():
    assert SERVICES["gateway"]["deploy"]["replicas"] == "${GATEWAY_REPLICAS:-2}"
    assert env("gateway")["OUTREACH_REDIS_URL"] == env("rasa")["OUTREACH_REDIS_URL"]
    assert "redis" in SERVICES["gateway"]["depends_on"]


def test_every_required_secret_is_in_env_example_and_no_test_hook_ships():
    example = (ROOT / ".env.example").read_text()
    required = set(re.findall(r"\$\{(\w+):\?", COMPOSE_TEXT))
    assert required >= {"POSTGRES_RASA_PASSWORD", "REDIS_PASSWORD", "OUTREACH_TRACKER_FERNET_KEYS"}
    assert {name for name in required if f"\n{name}=" not in example} == set()
    shipped = [COMPOSE_TEXT] + [p.read_text() for p in (ROOT / "docker").rglob("*") if p.is_file()]
    assert not any("OUTREACH_TEST_" in text for text in shipped)


GATEWAY_PYTHON = ROOT / ".venv" / "gateway" / "bin" / "python"


async def test_the_roles_get_only_their_tables(postgres, tmp_path, monkeypatch):
    # `make test` builds the gateway environment; psql comes with PostgreSQL.
    assert GATEWAY_PYTHON.exists() and shutil.which("psql"), "needs .venv/gateway and psql"
    name = "roles_" + uuid.uuid4().hex[:8]
    admin = sa.create_engine(engine_url(postgres), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = sa.engine.make_url(postgres)
    database_url = postgres.rsplit("/", 1)[0] + "/" + name
    base = {**os.environ, "PGHOST": url.host, "PGPORT": str(url.port)}

    def init_roles() -> None:
        subprocess.run(
            ["sh", str(ROOT / "docker" / "postgres" / "init-roles.sh")],
            env={
                **base,
                "POSTGRES_USER": url.username,
                "POSTGRES_DB": name,
                "POSTGRES_GATEWAY_PASSWORD": "gw",
                "POSTGRES_RASA_PASSWORD": "rs",
            },
            check=True,
            capture_output=True,
        )

    init_roles()  # as the postgres image runs it on a new volume: before any table exists
    subprocess.run(  # then the `migrate` service
        [str(GATEWAY_PYTHON), "-m", "bot", "migrate"],
        cwd=ROOT,
        env={
            **base,
            "OUTREACH_DATA_DIR": str(tmp_path),
            "OUTREACH_DATABASE_URL": database_url,
            "OUTREACH_DB_RASA_ROLE": "outreach_rasa",
        },
        check=True,
        capture_output=True,
    )
    init_roles()  # run again, as by hand on an older volume: the tables exist now

    engine = sa.create_engine(engine_url(database_url))
    with engine.connect() as connection:

        def may(role: str, table: str, privilege: str) -> bool:
            query = sa.text("SELECT has_table_privilege(:r, :t, :p)")
            return connection.execute(query, {"r": role, "t": table, "p": privilege}).scalar()

        assert all(may("outreach_rasa", "rasa_trackers", p) for p in ("SELECT", "INSERT", "UPDATE"))
        assert may("outreach_rasa", "deleted_senders", "SELECT")
        assert not may("outreach_rasa", "deleted_senders", "INSERT")
        assert not may("outreach_rasa", "rasa_trackers", "DELETE")
        for table in ("conversations", "messages", "staff", "daily_counts"):
            assert not may("outreach_rasa", table, "SELECT"), table
            assert all(may("outreach_gateway", table, p) for p in ("SELECT", "INSERT", "DELETE"))
        assert may("outreach_gateway", "deleted_senders", "INSERT")
        assert may("outreach_gateway", "rasa_trackers", "DELETE")
        create = sa.text("SELECT has_schema_privilege(:r, 'public', 'CREATE')")
        for role in ("outreach_rasa", "outreach_gateway"):
            assert not connection.execute(create, {"r": role}).scalar()
            superuser = sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = :r")
            assert connection.execute(superuser, {"r": role}).scalar() is False
    engine.dispose()

    # Rasa's tracker store does all it does with its role alone.
    rasa_url = sa.engine.make_url(database_url).set(username="outreach_rasa")
    monkeypatch.setenv("OUTREACH_DATABASE_URL", rasa_url.render_as_string(hide_password=False))
    monkeypatch.setenv("OUTREACH_TRACKER_FERNET_KEYS", Fernet.generate_key().decode())
    store = EncryptedTrackerStore(Domain.empty())
    for _ in range(2):  # insert, then update
        await store.save(DialogueStateTracker.from_events("r" * 64, [UserUttered("hej")]))
    assert (await store.retrieve("r" * 64)).latest_message.text == "hej"
    assert list(await store.keys()) == ["r" * 64]
    store.engine.dispose()


def test_the_lock_store_logs_in_with_the_password_in_its_url():
    from engine.lock_store import redis_lock_store

    store = redis_lock_store("redis://:s3cret@redis:6379/0")  # as compose fills it in
    assert store.red.connection_pool.connection_kwargs["password"] == "s3cret"
