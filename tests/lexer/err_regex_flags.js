var r = /abc/gg;
