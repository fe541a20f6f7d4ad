"""The handover state machine on SQLite and PostgreSQL, races included."""

import asyncio

import pytest
from cryptography.fernet import Fernet

from bot.conversations.queue import ACUTE, NORMAL, Queue, TransitionError
from bot.foundation.storage import State, Store


@pytest.fixture
async def store(database_url):
    store = Store.from_url(database_url, [Fernet.generate_key()])
    yield store
    await store.close()


@pytest.fixture
def queue(store):
    return Queue(store.engine)


async def test_the_whole_life_of_a_conversation(store, queue):
    new = await store.create_conversation()
    await queue.enqueue(new.id)
    assert await queue.state(new.id) == State.QUEUED
    await queue.take(new.id, staff_id=1)
    assert await queue.state(new.id) == State.HUMAN
    await queue.transfer(new.id, staff_id=1, to_staff_id=2)
    await queue.hand_back(new.id, staff_id=2)
    assert await queue.state(new.id) == State.BOT
    await queue.enqueue(new.id)
    await queue.take(new.id, staff_id=2)
    await queue.close(new.id, staff_id=2)
    assert await queue.state(new.id) == State.CLOSED


async def test_illegal_steps_are_refused(store, queue):
    new = await store.create_conversation()
    with pytest.raises(TransitionError):
        await queue.take(new.id, staff_id=1)  # not queued
    await queue.enqueue(new.id)
    with pytest.raises(TransitionError):
        await queue.close(new.id, staff_id=1)  # nobody has it yet
    await queue.take(new.id, staff_id=1)
    with pytest.raises(TransitionError):
        await queue.take(new.id, staff_id=2)  # already taken
    with pytest.raises(TransitionError):
        await queue.hand_back(new.id, staff_id=2)  # not theirs
    with pytest.raises(TransitionError):
        await queue.enqueue(new.id)  # a human has it
    await queue.close(new.id, staff_id=1)
    with pytest.raises(TransitionError):
        await queue.enqueue(new.id)  # closed is final


async def test_the_queue_is_acute_first_then_longest_waiting(store, queue):
    first, second, urgent = [await store.create_conversation() for _ in range(3)]
    await queue.enqueue(first.id, NORMAL)
    await queue.enqueue(second.id, NORMAL)
    await queue.enqueue(urgent.id, ACUTE)
    assert [w.conversation_id for w in await queue.waiting()] == [urgent.id, first.id, second.id]
    # Asking again can raise the urgency; the time already waited still counts.
    await queue.enqueue(second.id, ACUTE)
    assert [w.conversation_id for w in await queue.waiting()] == [second.id, urgent.id, first.id]


async def test_two_workers_racing_for_one_conversation_exactly_one_wins(database_url, store):
    other = Store.from_url(database_url, [Fernet.generate_key()])  # a second process
    try:
        for _ in range(5):
            new = await store.create_conversation()
            await Queue(store.engine).enqueue(new.id)
            results = await asyncio.gather(
                Queue(store.engine).take(new.id, staff_id=1),
                Queue(other.engine).take(new.id, staff_id=2),
                return_exceptions=True,
            )
            assert sum(r is None for r in results) == 1
            assert sum(isinstance(r, TransitionError) for r in results) == 1
    finally:
        await other.close()
