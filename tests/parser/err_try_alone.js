try { x(); }
