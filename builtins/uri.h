/* uri.h - the URI-handling globals (uri.c), installed by global.c. */
#ifndef WEAKJS_BUILTINS_URI_H
#define WEAKJS_BUILTINS_URI_H

#include "../runtime/js.h"

/* encodeURI, encodeURIComponent, decodeURI, decodeURIComponent, escape,
 * unescape on the global object. */
void js_init_uri(JSContext *ctx);

#endif
