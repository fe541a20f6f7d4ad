#!/bin/sh
# Least-privilege database roles for docker-compose.yml. The postgres image
# runs this once, when its volume is new, as the superuser POSTGRES_USER, who
# afterwards serves only the one-shot `migrate` service:
#   outreach_gateway  reads and writes every table, alters none
#   outreach_rasa     rasa_trackers (read, write) and deleted_senders (read)
# Migration 0009 gives outreach_rasa its two tables when they are created
# (OUTREACH_DB_RASA_ROLE). The script can be run again at any time; for a
# volume made before it existed, run it once by hand, then restart:
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/10-roles.sh
set -eu
: "${POSTGRES_USER:?}" "${POSTGRES_DB:?}"
: "${POSTGRES_GATEWAY_PASSWORD:?set POSTGRES_GATEWAY_PASSWORD}"
: "${POSTGRES_RASA_PASSWORD:?set POSTGRES_RASA_PASSWORD}"

psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner="$POSTGRES_USER" -v dbname="$POSTGRES_DB" \
  -v gateway_password="$POSTGRES_GATEWAY_PASSWORD" \
  -v rasa_password="$POSTGRES_RASA_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE outreach_gateway'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'outreach_gateway') \gexec
SELECT 'CREATE ROLE outreach_rasa'
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'outreach_rasa') \gexec
ALTER ROLE outreach_gateway WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION
  NOBYPASSRLS PASSWORD :'gateway_password';
ALTER ROLE outreach_rasa WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION
  NOBYPASSRLS PASSWORD :'rasa_password';

-- Only these roles (and the superuser) may connect; nobody else creates tables.
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"dbname" TO outreach_gateway, outreach_rasa;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO outreach_gateway, outreach_rasa;

-- The gateway: every table the migrations create now or later.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO outreach_gateway;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO outreach_gateway;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO outreach_gateway;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO outreach_gateway;

-- Rasa: its two tables, where they already exist.
SELECT 'GRANT SELECT, INSERT, UPDATE ON rasa_trackers TO outreach_rasa'
 WHERE to_regclass('public.rasa_trackers') IS NOT NULL \gexec
SELECT 'GRANT SELECT ON deleted_senders TO outreach_rasa'
 WHERE to_regclass('public.deleted_senders') IS NOT NULL \gexec
SQL
