var t = `\unicode`;
