#!/bin/sh
# Makes the secrets deploy/compose.yaml mounts (once; never committed: see .gitignore beside this file).
set -eu
cd "$(dirname "$0")"
umask 077
[ -f simon.secrets.key ] || openssl rand -base64 32 | tr -d '\n' > simon.secrets.key
[ -f simon.operator.token ] || openssl rand -base64 32 | tr -d '\n' > simon.operator.token
[ -f spring.datasource.password ] || openssl rand -hex 24 | tr -d '\n' > spring.datasource.password
echo "secrets in $(pwd); keep simon.secrets.key safe: losing it means every company connects again"
