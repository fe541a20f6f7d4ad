"""The gateway spreads conversations over Rasa replicas and steps past a dead one."""

import aiohttp
import pytest

from bot.foundation.rasa import RasaClient, RasaUnavailable
from tests.gateway.fixtures import DOWN
from tests.services import free_port

KEY = b"k" * 32


def _dead() -> str:
    return f"http://127.0.0.1:{free_port()}"  # nothing listens there


async def test_conversations_spread_over_replicas_and_stick():
    async with aiohttp.ClientSession() as session:
        client = RasaClient(session, ["http://a", "http://b"], KEY, 5)
        firsts = [client.replicas_for(client.sender_id(str(i)))[0] for i in range(200)]
        assert 60 < firsts.count("http://a") < 140  # roughly even
        sender = client.sender_id("one conversation")
        assert client.replicas_for(sender) == client.replicas_for(sender)


async def test_a_dead_replica_is_stepped_past(rasa, rasa_received):
    live = str(rasa.make_url("")).rstrip("/")
    async with aiohttp.ClientSession() as session:
        client = RasaClient(session, [_dead(), live], KEY, 5)
        for i in range(20):  # whichever replica each conversation prefers
            replies = await client.send(f"conversation {i}", "hej")
            assert replies[0]["text"] == "Hej! Vad vill du prata om?"
        assert len(rasa_received) == 20


async def test_no_replica_reachable_is_unavailable():
    async with aiohttp.ClientSession() as session:
        client = RasaClient(session, [_dead(), _dead()], KEY, 5)
        with pytest.raises(RasaUnavailable):
            await client.send("conversation", "hej")


async def test_a_replica_that_failed_is_not_retried_elsewhere(rasa, rasa_received):
    rasa.app[DOWN] = True  # answers 500: it was reached and may have acted
    live = str(rasa.make_url("")).rstrip("/")
    async with aiohttp.ClientSession() as session:
        client = RasaClient(session, [live, live], KEY, 5)
        with pytest.raises(RasaUnavailable):
            await client.send("conversation", "hej")
    assert len(rasa_received) == 1


async def test_the_least_busy_replica_takes_the_next_message():
    async with aiohttp.ClientSession() as session:
        client = RasaClient(session, ["http://a", "http://b"], KEY, 5)
        sender = client.sender_id("one conversation")
        preferred, other = client.replicas_for(sender)
        client._in_flight[preferred] = 3  # busy with other conversations
        assert client.replicas_for(sender) == [other, preferred]
