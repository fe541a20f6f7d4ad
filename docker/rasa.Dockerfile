# Rasa Open Source 3.6.21 (the official image: Python 3.10, user 1001, /app)
# with the code it imports from this repository and a model trained in the
# first stage from the same image. Built from the repository root:
#   docker build -f docker/rasa.Dockerfile -t outreach-rasa .
ARG RASA_IMAGE=rasa/rasa:3.6.21

# --- Stage 1: train models/assistant.tar.gz, as `make train` does -------------
FROM ${RASA_IMAGE} AS train
ENV RASA_TELEMETRY_ENABLED=false \
    TF_CPP_MIN_LOG_LEVEL=2 \
    PYTHONPATH=/app
WORKDIR /app
COPY --chown=1001:0 config.yml ./
COPY --chown=1001:0 domain/ ./domain/
COPY --chown=1001:0 data/nlu/ ./data/nlu/
COPY --chown=1001:0 data/rules/ ./data/rules/
COPY --chown=1001:0 data/stories/ ./data/stories/
# Outside writers' messages the learned readings come from (engine/nlu/learned.py);
# only the trained model, inside models/, reaches the server stage.
COPY --chown=1001:0 data/situations/ ./data/situations/
# The custom NLU components named in config.yml, and the word lists they read
# (wordfreq; symspellpy for typing errors, engine/nlu/spelling.py) at the locked versions.
COPY --chown=1001:0 engine/__init__.py ./engine/
COPY --chown=1001:0 engine/nlu/ ./engine/nlu/
COPY requirements/engine.lock /tmp/engine.lock
USER root
RUN python -m pip install --no-cache-dir --disable-pip-version-check \
      -c /tmp/engine.lock wordfreq symspellpy \
 && python -c "import wordfreq, symspellpy"
USER 1001
RUN rasa train --data data/nlu data/rules data/stories --domain domain \
      --config config.yml --out models --fixed-model-name assistant

# --- Stage 2: the server ------------------------------------------------------
FROM ${RASA_IMAGE}
ENV RASA_TELEMETRY_ENABLED=false \
    TF_CPP_MIN_LOG_LEVEL=2 \
    PYTHONWARNINGS=ignore::DeprecationWarning \
    PYTHONPATH=/app
WORKDIR /app
# The tracker store (SQLAlchemy 1.4, PostgreSQL through psycopg2, MultiFernet)
# and the lock store (Redis) use these dependencies of Rasa directly: bring
# them to the versions the engine tests run on (requirements/engine.lock as a
# constraints file), and fail the build, not the first conversation, if one
# cannot be imported.
USER root
COPY requirements/engine.lock /tmp/engine.lock
RUN python -m pip install --no-cache-dir --disable-pip-version-check \
      -c /tmp/engine.lock cryptography psycopg2-binary redis SQLAlchemy wordfreq symspellpy \
 && rm /tmp/engine.lock \
 && python -c "import cryptography.fernet, psycopg2, redis, sqlalchemy, wordfreq, symspellpy"
# Only what Rasa imports, owned by root and read-only to user 1001:
# engine/ (the entrypoint, the NLU components config.yml names, the tracker and
# lock stores endpoints.yml names) with actions/logsafe.py (its log filters),
# data/nlu (the spelling index's words) and common/ (the settings the tracker
# store shares with the gateway).
COPY credentials.yml endpoints.yml ./
COPY engine/ ./engine/
COPY common/ ./common/
COPY actions/__init__.py actions/logsafe.py ./actions/
# The training examples' words: spelling.py leaves them as written, at training and here alike.
COPY data/nlu/ ./data/nlu/
COPY --from=train /app/models/assistant.tar.gz ./models/assistant.tar.gz

USER 1001
EXPOSE 5005
# `python -m engine` is the `rasa` command with our fixes (engine/command.py),
# as scripts/serve.sh runs it: it refuses to start unless the tracker and lock
# stores in endpoints.yml load, and keeps people's words out of the log. The
# HTTP API stays off (--enable-api is never passed: it can load a model from a
# request, CVE-2024-49375).
ENTRYPOINT ["python", "-m", "engine"]
CMD ["run", "--model", "models/assistant.tar.gz", "--port", "5005", \
     "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"]
