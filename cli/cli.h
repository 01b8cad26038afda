/* cli.h - what the command line's files share. */
#ifndef WEAKJS_CLI_H
#define WEAKJS_CLI_H

#include <stddef.h>

#include "runtime/js.h"

/* The whole file (path "-" is stdin) in collector memory, NUL-terminated. */
char *cli_read_file(const char *path, size_t *len);
/* The interactive loop; returns the exit status. */
int cli_repl(JSContext *ctx);

#endif
