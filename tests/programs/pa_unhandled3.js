new Promise(() => { null.f(); });
