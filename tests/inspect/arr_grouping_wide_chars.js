console.log(['中文', '日本語', '한국어', 'abc', 'de', 'fgh', 'ijkl', 'mn', 'op', 'qr']);
console.log(['😀', '😃', '😄', '😁', '😆', '😅', '🤣', '😂']);
