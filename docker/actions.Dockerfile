# The action server: the official rasa-sdk 3.6.2 image (user 1001, /app) with
# the actions/ package, the service directory and the two libraries the actions
# import beyond rasa-sdk. Built from the repository root:
#   docker build -f docker/actions.Dockerfile -t outreach-actions .
FROM rasa/rasa-sdk:3.6.2

WORKDIR /app
USER root
# phonenumbers and PyYAML, at the versions the engine tests run on: the lock
# is used as a constraints file, so it stays the one place versions are pinned.
COPY requirements/engine.lock /tmp/engine.lock
RUN python -m pip install --no-cache-dir --disable-pip-version-check \
      -c /tmp/engine.lock phonenumbers PyYAML \
 && rm /tmp/engine.lock
# Owned by root, read-only to user 1001. actions/directory.py reads
# data/services.yml next to the package (or OUTREACH_DIRECTORY_FILE).
COPY actions/ ./actions/
COPY data/services.yml ./data/services.yml

USER 1001
EXPOSE 5055
# What `rasa run actions --actions actions` runs (there is no `rasa` command
# in this image): rasa-sdk's server, which imports every module of actions/,
# actions/logsafe.py among them (a failing action logs no text).
ENTRYPOINT ["python", "-m", "rasa_sdk"]
CMD ["--actions", "actions", "--port", "5055"]
