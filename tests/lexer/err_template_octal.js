var t = `\01`;
