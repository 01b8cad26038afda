#!/bin/sh
# run.sh WEAKJS - the REPL tests (issue 5): repl_test.py types keys into
# weakjs's REPL in a tmux terminal and checks the screen.
exec python3 "$(dirname "$0")/repl_test.py" "$@"
