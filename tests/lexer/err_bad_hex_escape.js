var s = "\x4g";
