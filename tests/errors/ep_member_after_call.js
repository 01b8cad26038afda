const o = { list: [] }; o.list.find(x => x).name;
