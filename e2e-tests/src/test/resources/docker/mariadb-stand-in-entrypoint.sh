#!/bin/bash
# Entrypoint of the mariadb:10.11 stand-in the Docker tests build from Debian's mariadb-server
# (no registry is reachable to pull the official image). It does what Berth's generated compose
# file relies on, as the official image's docker-entrypoint.sh does: arguments starting with "-"
# are options for mariadbd; on an empty /var/lib/mysql it creates the system tables and sets
# root's password from MARIADB_ROOT_PASSWORD (or MYSQL_ROOT_PASSWORD) for root@localhost and
# root@'%', during a first start that listens on no TCP port; then it runs mariadbd as mysql.
set -euo pipefail

if [ "${1:0:1}" = '-' ]; then
  set -- mariadbd "$@"
fi
if [ "$1" != mariadbd ] && [ "$1" != mysqld ]; then
  exec "$@"
fi

password="${MARIADB_ROOT_PASSWORD:-${MYSQL_ROOT_PASSWORD:-}}"
if [ -z "$password" ]; then
  echo "stand-in entrypoint: MARIADB_ROOT_PASSWORD (or MYSQL_ROOT_PASSWORD) must be set" >&2
  exit 1
fi
mkdir -p /run/mysqld
chown mysql:mysql /run/mysqld /var/lib/mysql

if [ ! -d /var/lib/mysql/mysql ]; then
  echo "stand-in entrypoint: initialising /var/lib/mysql"
  mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db \
    --auth-root-authentication-method=normal > /dev/null
  socket=/run/mysqld/init.sock
  "$@" --user=mysql --skip-networking --socket="$socket" &
  init_pid=$!
  # until it answers (up to 5 minutes: a first start on a busy machine is slow)
  for _ in $(seq 1 600); do
    mariadb-admin --socket="$socket" ping --silent 2> /dev/null && break
    kill -0 "$init_pid" 2> /dev/null || { echo "stand-in entrypoint: first start failed" >&2; exit 1; }
    sleep 0.5
  done
  # a SQL string literal: backslashes and quotes escaped
  literal="${password//\\/\\\\}"
  literal="${literal//\'/\\\'}"
  mariadb --socket="$socket" -uroot <<SQL
SET @@SESSION.SQL_LOG_BIN=0;
-- as the official image: root only as root@localhost and root@'%', both with the password
DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost';
FLUSH PRIVILEGES;
ALTER USER 'root'@'localhost' IDENTIFIED BY '${literal}';
CREATE USER 'root'@'%' IDENTIFIED BY '${literal}';
GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;
FLUSH PRIVILEGES;
SQL
  kill "$init_pid"
  wait "$init_pid" || true
  echo "stand-in entrypoint: initialised"
fi

exec "$@" --user=mysql
