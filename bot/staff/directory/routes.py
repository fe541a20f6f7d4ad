"""The aiohttp handlers of /staff/admin/directory and /staff/admin/hours.

A save is checked whole, by the validator the readers use, before anything is
written; saves are serialised by one lock and audit-logged.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any, Dict, List, Mapping, Optional, Tuple

from aiohttp import web

from actions import directory
from bot.conversations.duty import HoursError
from bot.foundation.keys import SETTINGS, STAFF
from bot.staff.admin_pages import admin_only, admin_page
from bot.staff.directory import english
from bot.staff.directory.files import (
    DirectoryFile,
    dump_directory,
    read_directory_file,
    read_hours,
    replace_atomically,
    save_hours,
    service_version,
)
from bot.staff.directory.forms import Edit, apply_edit, edited_hours
from bot.staff.directory.markup import alert, escape, notice
from bot.staff.directory.pages import (
    DIRECTORY_PAGE,
    HOURS_PAGE,
    directory_content,
    english_dropped_notice,
    hours_content,
    unchecked_cards_note,
)
from bot.staff.directory.validation import hours_problem_sv, problems_sv
from bot.staff.web import CURRENT

_AUDIT_ACTION_MAX = 32  # the audit_log.action column is String(32)
_EN_DROPPED = "en_dropped"  # query: the contacts whose English hours a save dropped

SAVED = "Ändringen är sparad. Chattboten använder den från nästa svar."
HOURS_SAVED = "Ändringen är sparad. De nya öppettiderna gäller direkt."
NOTHING_SAVED = "Inget har sparats. Rätta uppgifterna och spara igen."
STALE = (
    "Någon har ändrat uppgifterna för den här tjänsten sedan du öppnade sidan. "
    "Inget har sparats. Ladda om sidan och gör ändringen igen."
)

_LOCK = web.AppKey("admin_files_lock", asyncio.Lock)


def _directory_page(content: str, status: int = 200) -> web.Response:
    return admin_page("Tjänstekatalogen", content, status, kind="admin-directory")


def _hours_page(content: str, status: int = 200) -> web.Response:
    return admin_page("Chattens öppettider", content, status, kind="admin-hours")


async def _audit(request: web.Request, action: str, detail: str = "") -> None:
    """Who changed which file; the service id goes in the action when the column has room."""
    full = f"{action}:{detail}" if detail else action
    await request.app[STAFF].audit(
        request[CURRENT].staff_id, full if len(full) <= _AUDIT_ACTION_MAX else action
    )


@admin_only
async def directory_page(request: web.Request) -> web.Response:
    file = read_directory_file()
    saved = request.query.get("saved")
    if saved not in file.services:
        saved = None
    top = (notice(SAVED) if saved else "") + unchecked_cards_note()
    dropped = (
        english_dropped_notice(file.services[saved], request.query.get(_EN_DROPPED))
        if saved
        else ""
    )
    content = directory_content(
        file, request[CURRENT].csrf_token, top, saved if dropped else None, message=dropped
    )
    return _directory_page(content)


def _refused(
    request: web.Request,
    file: DirectoryFile,
    service_id: str,
    problems: List[str],
    status: int,
    sent: Optional[Mapping[str, Any]] = None,
) -> web.Response:
    """The directory again, the service's form open with the problems above it."""
    name = str(file.services[service_id].get("name") or service_id)
    top = (
        f'<p class="alert" role="alert">Ändringen för {escape(name)} sparades inte. '
        f'<a href="#service-{escape(service_id)}">Se vad som behöver rättas.</a></p>'
    )
    lead = NOTHING_SAVED if sent is not None else ""
    content = directory_content(
        file, request[CURRENT].csrf_token, top, service_id, sent, alert(problems, lead)
    )
    return _directory_page(content, status)


def _validate(file: DirectoryFile, service_id: str, edit: Edit) -> Tuple[Dict[str, Any], List[str]]:
    """The whole document with the edit, and what is wrong with it (the form's English
    fields first, then what parse_directory finds)."""
    document = {**file.raw, "services": {**file.services, service_id: edit.service}}
    names = {sid: str(s.get("name") or sid) for sid, s in file.services.items()}
    problems = [f"{names[service_id]}, {problem}" for problem in edit.english_problems()]
    try:
        directory.parse_directory(document)
    except directory.DirectoryError as error:
        problems += problems_sv(error, names, {service_id: edit.contact_labels})
    return document, problems


def _saved_location(service_id: str, edit: Edit) -> str:
    """The page after a save; it names the contacts whose English hours were dropped."""
    dropped = edit.english_dropped()
    extra = f"&{_EN_DROPPED}={english.indices_query(dropped)}" if dropped else ""
    return f"{DIRECTORY_PAGE}?saved={service_id}{extra}#service-{service_id}"


@admin_only
async def directory_save(request: web.Request) -> web.Response:
    service_id = request.match_info["service_id"]
    form = await request.post()
    async with request.app[_LOCK]:
        file = read_directory_file()
        service = file.services.get(service_id)
        if service is None:
            missing = '<p class="alert" role="alert">Tjänsten finns inte i katalogen.</p>'
            return _directory_page(missing, 404)
        if form.get("version") != service_version(service):
            return _refused(request, file, service_id, [STALE], 409)
        edit = apply_edit(service, form, dt.date.today())
        document, problems = _validate(file, service_id, edit)
        if problems:
            return _refused(request, file, service_id, problems, 400, sent=form)
        text = dump_directory(file.header, document)
        replace_atomically(file.path, text, directory.load_directory)
    await _audit(request, "directory_edit", service_id)
    raise web.HTTPSeeOther(_saved_location(service_id, edit))


@admin_only
async def hours_page(request: web.Request) -> web.Response:
    raw = read_hours(request.app[SETTINGS].chat_hours_file)
    top = notice(HOURS_SAVED) if request.query.get("saved") else ""
    return _hours_page(hours_content(raw, request[CURRENT].csrf_token, top))


@admin_only
async def hours_save(request: web.Request) -> web.Response:
    path = request.app[SETTINGS].chat_hours_file
    form = await request.post()
    async with request.app[_LOCK]:
        raw = read_hours(path)
        try:
            save_hours(path, edited_hours(raw, form))
        except HoursError as error:
            top = alert([hours_problem_sv(error)], NOTHING_SAVED)
            content = hours_content(raw, request[CURRENT].csrf_token, top, form)
            return _hours_page(content, 400)
    await _audit(request, "hours_edit")
    raise web.HTTPSeeOther(f"{HOURS_PAGE}?saved=1")


def setup(app: web.Application) -> None:
    app[_LOCK] = asyncio.Lock()
    app.router.add_get(DIRECTORY_PAGE, directory_page)
    app.router.add_post(DIRECTORY_PAGE + "/{service_id}", directory_save)
    app.router.add_get(HOURS_PAGE, hours_page)
    app.router.add_post(HOURS_PAGE, hours_save)
