"""Servers shared by both test environments, started once per session.

Standard library only (tests/services.py): this file is loaded by the engine's
tests (Python 3.10, Rasa) and the gateway's tests (Python 3.11) alike.
"""

import pytest

from tests.services import postgres_server, redis_server


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL (tests/services.PostgresServer)."""
    with postgres_server() as server:
        yield server


@pytest.fixture(scope="session")
def postgres(postgres_cluster):
    """Its SQLAlchemy URL (psycopg 3 driver name; the engine maps it to psycopg2)."""
    return postgres_cluster.url


@pytest.fixture(scope="session")
def redis_url():
    """A throwaway Redis that keeps nothing on disk."""
    with redis_server() as url:
        yield url
