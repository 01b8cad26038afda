[a + 1] = arr;
