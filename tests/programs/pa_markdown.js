const md = `# Title with *emphasis*
Some **bold** text and \`inline code\` here.

## List
- item one
- item [two](http://example.com)
- item \`three\`

1. first
2. second

> a quote
> spanning lines

\`\`\`
code block <b>
\`\`\`
Final paragraph with <html> & ampersand.`;
const escapeHtml = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = s => escapeHtml(s)
  .replace(/`([^`]+)`/g, '<code>$1</code>')
  .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
  .replace(/\*([^*]+)\*/g, '<em>$1</em>')
  .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
function render(src) {
  const out = []; const lines = src.split('\n'); let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    let m;
    if ((m = /^(#{1,6}) (.*)$/.exec(line))) { out.push(`<h${m[1].length}>${inline(m[2])}</h${m[1].length}>`); i++; }
    else if (line.startsWith('```')) { const buf = []; i++; while (i < lines.length && !lines[i].startsWith('```')) buf.push(escapeHtml(lines[i++])); i++; out.push(`<pre><code>${buf.join('\n')}</code></pre>`); }
    else if (/^- /.test(line)) { const items = []; while (i < lines.length && /^- /.test(lines[i])) items.push(`  <li>${inline(lines[i++].slice(2))}</li>`); out.push('<ul>', ...items, '</ul>'); }
    else if (/^\d+\. /.test(line)) { const items = []; while (i < lines.length && /^\d+\. /.test(lines[i])) items.push(`  <li>${inline(lines[i++].replace(/^\d+\. /, ''))}</li>`); out.push('<ol>', ...items, '</ol>'); }
    else if (line.startsWith('> ')) { const buf = []; while (i < lines.length && lines[i].startsWith('> ')) buf.push(inline(lines[i++].slice(2))); out.push(`<blockquote>${buf.join(' ')}</blockquote>`); }
    else if (line.trim() === '') i++;
    else { const buf = []; while (i < lines.length && lines[i].trim() && !/^(#|- |\d+\. |> |```)/.test(lines[i])) buf.push(inline(lines[i++])); out.push(`<p>${buf.join(' ')}</p>`); }
  }
  return out.join('\n');
}
const html = render(md);
console.log(html);
console.log(html.split('\n').length, (html.match(/<\/?\w+/g) || []).length);
const tags = [...html.matchAll(/<(\w+)/g)].reduce((m, [, t]) => m.set(t, (m.get(t) || 0) + 1), new Map());
console.log(tags);
const toc = md.split('\n').filter(l => l.startsWith('#')).map(l => { const level = l.match(/^#+/)[0].length; const text = l.replace(/^#+ /, '').replace(/\*/g, ''); return `${'  '.repeat(level - 1)}- ${text} (#${text.toLowerCase().replace(/\W+/g, '-')})`; });
console.log(toc.join('\n'));
