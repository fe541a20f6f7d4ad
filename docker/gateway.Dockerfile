# The gateway: the public front door (bot/), Python 3.11 as in
# requirements/gateway.lock. Built from the repository root:
#   docker build -f docker/gateway.Dockerfile -t outreach-gateway .
# The same image runs `migrate`, `serve` and the staff commands:
#   docker compose exec gateway python -m bot staff add anna
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# The chat's opening hours are Swedish local time (zoneinfo needs the tz database).
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends tzdata \
 && rm -rf /var/lib/apt/lists/*

# Exactly the versions the gateway tests run on. The lock also holds the test
# tools (pytest, hypothesis, ruff and Playwright's Python package; no browser
# is downloaded): kept so that the image runs what CI tested.
COPY requirements/gateway.lock /tmp/gateway.lock
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --quiet -r /tmp/gateway.lock \
 && rm /tmp/gateway.lock
ENV PATH=/opt/venv/bin:$PATH

# The code is owned by root and read-only to the service user; the user can
# write only its data directory (nothing is written there when the keys come
# from the environment and the database is PostgreSQL) and /srv/outreach, the
# volume with the directory and opening hours that admins edit.
RUN groupadd --system --gid 10001 outreach \
 && useradd --system --uid 10001 --gid outreach --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin outreach \
 && mkdir -p /app/var /srv/outreach \
 && chown outreach:outreach /app/var /srv/outreach \
 && chmod 0700 /app/var \
 && chmod 0755 /srv/outreach
WORKDIR /app
COPY bot/ ./bot/
# The OUTREACH_ settings, shared with Rasa's tracker store.
COPY common/ ./common/
# The gateway imports actions.directory and actions.routing (the services to
# offer when nobody is on duty) and reads these two data files.
COPY actions/ ./actions/
COPY data/services.yml data/chat_hours.yml ./data/
# The bot's buttons: their exact payloads are the only texts not scrubbed.
COPY domain/ ./domain/

ENV PYTHONPATH=/app \
    OUTREACH_HOST=0.0.0.0 \
    OUTREACH_PORT=8080 \
    OUTREACH_DATA_DIR=/app/var

USER 10001
EXPOSE 8080
ENTRYPOINT ["python", "-m", "bot"]
CMD ["serve"]
