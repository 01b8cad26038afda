const s = "éé😀"; null.x;
