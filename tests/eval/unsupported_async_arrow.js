// Not node's behaviour by design: async functions are a later issue
// (LANGUAGE.md), and an async arrow must say so, not "Unexpected token '=>'".
const fetchIt = async (url) => url;
