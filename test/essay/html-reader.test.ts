import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Paragraph, Root, RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import type {BlockHint} from '../../src/essay/hints.js'
import {decodeHtml} from '../../src/essay/html/decode.js'
import {readHtml} from '../../src/essay/html/read-html.js'
import {htmlToMdast} from '../../src/essay/html/to-mdast.js'
import {parseEssay} from '../../src/essay/parse-essay.js'

const fixture = (name: string) => readFileSync(`test/fixtures/essays/html/${name}.html`, 'utf8')

/** Every paragraph and heading of a tree with its visible text and hint, in order. */
function blocksOf(tree: Root): Array<{text: string; hint?: BlockHint}> {
  const out: Array<{text: string; hint?: BlockHint}> = []
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        const text = (node as Paragraph).children
          .map(child => ('value' in child ? child.value : ' '))
          .join('')
          .replace(/\s+/gu, ' ')
          .trim()
        out.push({text, hint: (node.data as {hint?: BlockHint} | undefined)?.hint})
      } else if ('children' in node) visit(node.children as RootContent[])
    }
  }
  visit(tree.children)
  return out
}

const commenters = (name: string) =>
  blocksOf(htmlToMdast(fixture(name)).tree)
    .filter(block => block.hint?.kind === 'comment-start')
    .map(block => {
      const hint = block.hint as Extract<BlockHint, {kind: 'comment-start'}>
      return {speaker: hint.speaker, depth: hint.depth, text: block.text}
    })

/** The hint of a block inside the article's content: no furniture, no comment. */
const article: BlockHint = {kind: 'article'}

const hintOfText = (name: string, text: string) =>
  blocksOf(htmlToMdast(fixture(name)).tree).find(block => block.text.includes(text))?.hint

describe('comment threads by platform markup', () => {
  it('WordPress: names from .fn, replies nested in ol.children one level down', () => {
    expect(commenters('wordpress')).toEqual([
      {speaker: 'Tom Smith', depth: 0, text: 'I disagree: memos are ignored. Meetings force attention.'},
      {speaker: 'Jane Roe', depth: 1, text: 'Attention is not the same as agreement.'}
    ])
  })

  it('Blogger classic: dt.comment-author names the dd.comment-body after it, "said..." dropped', () => {
    expect(commenters('blogger-classic').map(c => [c.speaker, c.text])).toEqual([
      ['Bob Stone', 'Slack gets eaten by the next urgent request within a week.'],
      ['Carla Diaz', 'Then protect it with a rule, not a hope.']
    ])
  })

  it('TypePad: the name comes from the "Posted by:" footer under the words', () => {
    expect(commenters('typepad').map(c => c.speaker)).toEqual(['Eve Marsh', 'Frank Ott'])
    expect(hintOfText('typepad', 'Posted by: Eve Marsh')).toEqual({kind: 'chrome', reason: 'comment header'})
  })

  it('Disqus: .post-byline .author names each li.post, children nested', () => {
    expect(commenters('disqus').map(c => [c.speaker, c.depth])).toEqual([
      ['Hana Kim', 0],
      ['Gil Park', 1]
    ])
    expect(hintOfText('disqus', 'Upvote')?.kind).toBe('chrome')
  })

  it('Discourse: schema.org author names of crawler posts', () => {
    expect(commenters('discourse').map(c => c.speaker)).toEqual(['ivan', 'jo_w'])
  })

  it('Substack: .commenter-name, the words in .comment-body, replies nested', () => {
    expect(commenters('substack')).toEqual([
      {speaker: 'Lena Brook', depth: 0, text: 'We cancelled our weekly sync and nobody noticed for a month.'},
      {speaker: 'Kim Ode', depth: 1, text: 'That month is the best evidence there is.'}
    ])
  })

  it('microformats: h-cite comments with p-author h-card names', () => {
    expect(commenters('h-entry').map(c => c.speaker)).toEqual(['Nia Sol'])
  })
})

describe('comment threads in other markup', () => {
  const startsOf = (page: string) =>
    blocksOf(htmlToMdast(page).tree)
      .filter(block => block.hint?.kind === 'comment-start')
      .map(block => [(block.hint as {speaker: string | null}).speaker, block.text])
  const article = `<article><h1>Tabs or spaces</h1><p>Every team argues about this once, loudly, and then settles it with a tool that decides for them.</p>
    <p>The tool is the point: the argument ends when nobody has to make the choice by hand any more.</p></article>`

  it('reads a thread a page puts inside an <aside>, where the furniture round it would drop it', () => {
    const page = `<html><body>${article}<aside class="post-aside"><div class="tags">Tags: tools</div>
      <div class="comment"><div class="comment-author">Ola Brandt</div><div class="comment-body">Tools end arguments, yes, but only once everyone agrees on the tool.</div></div>
      </aside></body></html>`
    expect(startsOf(page)).toEqual([
      ['Ola Brandt', 'Tools end arguments, yes, but only once everyone agrees on the tool.']
    ])
  })

  it('reads replies set as <article class="reply">, each named in its header, its words in .reply-content', () => {
    const reply = (name: string, words: string) => `<article class="js_reply reply"><header>
      <div class="js_author"><div class="hovercard"><h4>${name}</h4><a href="/u">Profile</a><a href="#">Follow</a></div></div>
      <span class="display-name author vcard"><a class="fn url" href="/u">${name}</a></span>
      <ul class="js_post-dropdown"><li><a href="#">Follow ${name}</a></li><li><a href="#">Go to permalink</a></li></ul></header>
      <div class="reply-content post-content"><p>${words}</p></div></article>`
    const page = `<html><body>${article}<section class="js_replies"><div class="branch-list">
      <div class="branch">${reply('mira_k', 'Cash only worked for me, after years of trying other tricks.')}${reply('Olu Ade', 'Cards hide the cost; notes in a wallet do not.')}</div>
      </div></section></body></html>`
    expect(startsOf(page)).toEqual([
      ['mira_k', 'Cash only worked for me, after years of trying other tricks.'],
      ['Olu Ade', 'Cards hide the cost; notes in a wallet do not.']
    ])
  })

  it('reads a comment plugin’s namespaced classes (plugin-single-comment, plugin-comment-content)', () => {
    const comment = (
      name: string,
      words: string
    ) => `<div id="c-${name}"><article class="kite-comment-body kite-single-comment">
      <footer class="kite-comment-meta"><div class="kite-comment-author"><a class="kite-author-link" href="/u">${name}</a>
      <span>·</span><a href="#c">May 2, 2020</a></div></footer>
      <div class="kite-comment-content"><p>${words}</p></div>
      <ul class="kite-comment-actions"><li><a class="add-comment" href="#r">Reply</a></li></ul></article></div>`
    const page = `<html><body>${article}<div class="kite-comments">${comment('Ines Paul', 'Our linter settled it in a day.')}${comment('Rui Sa', 'Ours took a month and a vote.')}</div></body></html>`
    expect(startsOf(page)).toEqual([
      ['Ines Paul', 'Our linter settled it in a day.'],
      ['Rui Sa', 'Ours took a month and a vote.']
    ])
  })
})

describe('chrome by structure', () => {
  it('marks navigation, sidebars, forms, share bars and page footers as chrome', () => {
    expect(hintOfText('wordpress', 'Home')).toEqual({kind: 'chrome', reason: 'site header'})
    expect(hintOfText('wordpress', 'Twitter')?.kind).toBe('chrome')
    expect(hintOfText('wordpress', 'Something else entirely')?.kind).toBe('chrome')
    expect(hintOfText('wordpress', '© 2024 Acme')?.kind).toBe('chrome')
    expect(hintOfText('disqus', 'Archive')).toEqual({kind: 'chrome', reason: 'navigation'})
    expect(hintOfText('substack', 'Thanks for reading')?.kind).toBe('chrome')
  })

  it('marks the article body as the article’s, and its title and byline', () => {
    expect(hintOfText('wordpress', 'Most meetings fail')).toEqual(article)
    expect(hintOfText('wordpress', 'Why meetings fail')).toEqual({kind: 'title'})
    expect(hintOfText('h-entry', 'By Max Roe, 9 September 2022')).toEqual({kind: 'chrome', reason: 'byline'})
  })

  it('never drops the article’s own prose on a class name alone', () => {
    const long = 'This paragraph argues at length that related work matters, '.repeat(5)
    const page = `<html><body><article class="post"><h1>T</h1><p>${long}</p>
      <div class="related"><p>${long} And it is the article's own text.</p></div>
      <div class="share"><a href="#">Share</a></div></article></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    expect(blocks.find(block => block.text.includes("article's own text"))?.hint).toEqual(article)
    expect(blocks.find(block => block.text === 'Share')?.hint?.kind).toBe('chrome')
  })

  it('keeps the article inside wrappers that look like furniture: a page-wide form, a "widget" class', () => {
    const prose = (topic: string) =>
      `Here the writer explains, with care and at some length, why ${topic} matters to readers, and what follows from it.`
    const page = `<html><body><form id="aspnetForm"><div class="widget-area">
      <nav><a href="/">Home</a> <a href="/about">About</a></nav>
      <div class="main-column"><div class="story"><p>${prose('the budget')}</p><p>${prose('the vote')}</p>
      <p>${prose('the delay')}</p></div></div>
      <div class="sidebar"><p>Popular this week</p></div></div></form></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const topic of ['the budget', 'the vote', 'the delay'])
      expect(blocks.find(block => block.text.includes(topic))?.hint).toEqual(article)
    expect(blocks.find(block => block.text === 'Home About')?.hint?.kind).toBe('chrome')
    expect(blocks.find(block => block.text === 'Popular this week')?.hint?.kind).toBe('chrome')
  })

  it('finds an article written as bullet lists, not the newsletter form beside it', () => {
    const item = (topic: string) =>
      `<li>We fixed ${topic}, so that the nightly build no longer stalls when two windows start at once, and crashes less.</li>`
    const page = `<html><body><main><article><h1>This week in the browser</h1><div class="entry-content">
      <h3>Highlights</h3><ul>${['the updater', 'the tab strip', 'the printer'].map(item).join('')}</ul>
      <h3>Fixes</h3><ul>${['the sync', 'the search bar', 'the downloads'].map(item).join('')}</ul></div></article>
      <aside class="section"><form class="content"><div class="form-contents"><p>Get the best of the browser's news sent straight to your inbox, every week, for free.</p>
      <input type="email"></div></form></aside></main></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const topic of ['the updater', 'the printer', 'the downloads'])
      expect(blocks.find(block => block.text.includes(topic))?.hint).toEqual(article)
    expect(blocks.find(block => block.text.includes('inbox'))?.hint?.kind).toBe('chrome')
  })

  it('finds an article whose paragraphs are bare text between line breaks in a div', () => {
    const prose = (topic: string) =>
      `The council argued for hours about ${topic}, and in the end, after much noise, it chose to wait another year.`
    const page = `<html><body><div class="nav"><p>Subscribe to our weekly letter of local news and views</p></div>
      <div id="story"><h2>What the council decided</h2>${prose('the bridge')}<br><br>${prose('the school')}<br><br>
      ${prose('the park')}<div class="caption">A photo</div>${prose('the road')}</div></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const topic of ['the bridge', 'the park', 'the road'])
      expect(blocks.find(block => block.text.includes(topic))?.hint).toEqual(article)
  })

  it('climbs from the best-scored part to the whole article when an ancestor scores higher', () => {
    const p = (topic: string) =>
      `<p>The chapter on ${topic} is where the book finds its voice and its reason to exist for the reader.</p>`
    const page = `<html><body><div class="nav"><a href="/">Home</a></div><div id="book">
      ${p('the start')}${p('the middle')}${p('the hinge')}${p('the turn')}
      <div class="part"><div class="caption">A map</div><div class="chapters">
      ${['rain', 'snow', 'wind', 'heat', 'fog', 'hail', 'frost', 'dew', 'mist', 'storm'].map(p).join('')}</div></div>
      ${p('the end')}</div></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const topic of ['the start', 'the turn', 'heat', 'the end'])
      expect(blocks.find(block => block.text.includes(topic))?.hint).toEqual(article)
    expect(blocks.find(block => block.text === 'Home')?.hint?.kind).toBe('chrome')
  })

  it('drops teasers of other pages set in the article: short items led by a linked headline', () => {
    const prose = (topic: string) =>
      `<p>The harbour town voted on ${topic} last night, and the result, close as it was, surprised almost everyone there.</p>`
    const teaser = (headline: string) =>
      `<li><article><h2><a href="/other">${headline}</a></h2><p>A short summary of another story, in one line.</p></article></li>`
    const page = `<html><body><main><article><h1>The harbour vote</h1>${prose('the ferry')}${prose('the pier')}${prose('the tax')}
      <h3>Safety first</h3><p>Many more readers wrote in than last year.</p>
      <ul>${teaser('Fishing fleet shrinks again')}${teaser('A lighthouse for sale')}</ul></article></main></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    expect(blocks.find(block => block.text === 'Fishing fleet shrinks again')?.hint).toEqual({
      kind: 'chrome',
      reason: 'related links'
    })
    expect(blocks.find(block => block.text.includes('A short summary'))?.hint?.kind).toBe('chrome')
    expect(blocks.find(block => block.text.includes('the pier'))?.hint).toEqual(article)
    expect(blocks.find(block => block.text === 'Safety first')?.hint).toEqual(article)
  })

  it('never takes a page footer for the article, even when a class word hides the article at first', () => {
    const prose = (topic: string) =>
      `<p>Sleep, the study says, sorts the day's memories about ${topic}, keeping some and letting others fade away.</p>`
    const notice =
      'This page was printed from our site, and every part of it, the words, the pictures, the layout, belongs to us. '
    const page = `<html><body><div class="row site_header"><h1>How sleep sorts memory</h1>
      ${prose('faces')}${prose('places')}${prose('words')}${prose('tunes')}</div>
      <footer><div id="print_message"><p>${notice.repeat(5)}</p></div></footer></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const topic of ['faces', 'tunes'])
      expect(blocks.find(block => block.text.includes(topic))?.hint).toEqual(article)
    expect(blocks.find(block => block.text.includes('printed from'))?.hint?.kind).toBe('chrome')
  })

  it('drops a widget’s controls in the article: focusable labels and control roles', () => {
    const prose = (topic: string) =>
      `<p>The museum reopened its hall of ${topic} this spring, after two long years of careful repair work.</p>`
    const page = `<html><body><article><h1>The hall reopens</h1>${prose('maps')}${prose('clocks')}
      <div class="player"><div class="settings-header" tabindex="0">Playback Speed</div>
      <div role="option">Normal</div><div role="tab">Subtitles</div></div>${prose('ships')}</article></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const label of ['Playback Speed', 'Normal', 'Subtitles'])
      expect(blocks.find(block => block.text === label)?.hint?.kind).toBe('chrome')
    expect(blocks.find(block => block.text.includes('ships'))?.hint).toEqual(article)
  })

  it('drops a furniture-named part of the article that holds labels, not sentences; keeps one that holds prose', () => {
    const prose = (topic: string) =>
      `<p>The harbour board voted to rebuild the ${topic} before winter, and the work starts in a fortnight.</p>`
    const labels = ['Audio Track', 'Original', 'Described', 'Text Size', 'Small', 'Medium', 'Large']
    const menu = labels.map(label => `<div class="opt">${label}</div>`).join('')
    const page = `<html><body><article><h1>The harbour</h1>${prose('north pier')}
      <div class="cover-wrap"><div class="clip">${menu}${menu}${menu}${menu}</div></div>${prose('fish market')}
      <div class="chart-legends"><div>Under ten boats</div><div>Ten to fifty boats</div></div>
      <div class="sidebar-note"><p>The board met for three hours. Members asked about the cost of steel, which has doubled since the spring, and about the wages of the crews. The chair said both were in hand. Some were not convinced.</p></div>
      ${prose('slipway')}</article></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const text of ['Audio Track', 'Large', 'Under ten boats'])
      expect(blocks.find(block => block.text === text)?.hint?.kind, text).toBe('chrome')
    for (const topic of ['north pier', 'fish market', 'slipway', 'cost of steel'])
      expect(blocks.find(block => block.text.includes(topic))?.hint, topic).toEqual(article)
  })

  it('drops clutter inside the article by its counts: a stream of linked teasers, an ad label', () => {
    const prose = (topic: string) =>
      `<p>The river authority said on Monday that ${topic} would reopen, though the repairs, it added, are far from over.</p>`
    const teaser = (headline: string) =>
      `<li><a href="/t"><img src="t.jpg"></a><div><a href="/t">${headline}</a><p>Read on.</p></div></li>`
    const page = `<html><body><div id="main"><div class="story-body">${prose('the lock')}${prose('the weir')}${prose('the towpath')}
      <div class="slot-3"><div>Advertisement</div></div>${prose('the ferry')}
${prose('the quay')}
      <div class="stream"><ul>${['Rain closes the dam road', 'New mill opens', 'Otters are back', 'Bridge vote delayed'].map(teaser).join('')}</ul></div>
      </div></div></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    for (const topic of ['the lock', 'the towpath', 'the ferry'])
      expect(blocks.find(block => block.text.includes(topic))?.hint).toEqual(article)
    for (const text of ['Advertisement', 'Rain closes the dam road', 'Otters are back'])
      expect(blocks.find(block => block.text === text)?.hint?.kind, text).toBe('chrome')
  })

  it('drops a stream of teasers whose excerpts run long, but keeps a long list item that is no teaser', () => {
    const excerpt = (topic: string) =>
      `Residents of the valley spent the weekend arguing about ${topic}, and the council, which meets on Thursday, has promised an answer. `.repeat(
        3
      )
    const teaser = (headline: string) =>
      `<li><h3><a href="/s">${headline}</a></h3><p>${excerpt(headline.toLowerCase())}</p><span>Valley News</span></li>`
    const page = `<html><body><div class="story"><p>${excerpt('the new bridge')}</p><p>${excerpt('the toll')}</p>
      <ul><li><h3>What we know</h3><p>${excerpt('the budget')}</p></li></ul>
      <ul>${['Ferry fares rise', 'School roof fixed', 'Market moves indoors'].map(teaser).join('')}</ul></div></body></html>`
    const blocks = blocksOf(htmlToMdast(page).tree)
    expect(blocks.find(block => block.text.includes('ferry fares rise'))?.hint?.kind).toBe('chrome')
    expect(blocks.find(block => block.text === 'School roof fixed')?.hint?.kind).toBe('chrome')
    expect(blocks.find(block => block.text.includes('the budget'))?.hint).toEqual(article)
  })

  it('keeps the article’s own lists and headings, however short, when they are not mostly links', () => {
    const page = `<html><body><div class="post">
      <p>We moved the build to a queue, and here is why, in some detail, with the numbers that made us do it at last.</p>
      <div class="section"><h2>Requirements</h2></div><ul><li>Runs at most once</li><li>Retries on failure</li></ul>
      <p>Both of these held in the old system, but only by luck, and luck, as we found out, runs out on a busy night.</p></div></body></html>`
    const texts = parseEssay(page, {file: 'page.html', html: readHtml}).claims.map(claim => claim.text)
    expect(texts).toEqual(expect.arrayContaining(['Runs at most once', 'Retries on failure']))
  })

  it('reads no text from scripts, styles, SVG, templates or hidden elements (by attribute, style or utility class)', () => {
    const page = `<body><article><p>Kept words stay here in the article body.</p>
      <script>var secret = "script text"</script><style>.x{content:"style text"}</style>
      <svg><text>svg text</text></svg><template><p>template text</p></template>
      <p hidden>hidden text</p><p style="display: none">display text</p><p aria-hidden="true">aria text</p>
      <ul class="hidden"><li>topic text</li></ul><p class="note d-none">utility text</p>
      <img src="data:image/png;base64,${'A'.repeat(50_000)}" alt="image text"></article></body>`
    const text = blocksOf(htmlToMdast(page).tree)
      .map(block => block.text)
      .join(' ')
    expect(text).toBe('Kept words stay here in the article body.')
  })

  it('reads pages nested deeper than a call stack without overflowing', () => {
    const depth = 20_000
    const page = `<body>${'<div>'.repeat(depth)}<p>Deep words are still words.</p>${'</div>'.repeat(depth)}</body>`
    const text = blocksOf(htmlToMdast(page).tree).map(block => block.text)
    expect(text.join(' ')).toContain('Deep words are still words.')
  })
})

describe('metadata', () => {
  it('prefers JSON-LD (in @graph, with a list of authors) over meta tags', () => {
    const page = `<head><title>Other | Site</title><meta property="og:title" content="OG title">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
      {"@type":"BlogPosting","headline":"LD title","author":[{"name":"A One"},{"name":"B Two"}],"datePublished":"2020-01-02"}]}</script></head>`
    expect(readHtml(page).meta).toEqual({title: 'LD title', author: 'A One, B Two', date: '2020-01-02'})
  })

  it('reads Open Graph and meta tags, skipping an author that is a URL', () => {
    const page = `<head><meta property="og:title" content="OG title"><meta property="article:author" content="https://x.example/me">
      <meta name="author" content="Real Name"><meta property="article:published_time" content="2021-05-06"></head>`
    expect(readHtml(page).meta).toEqual({title: 'OG title', author: 'Real Name', date: '2021-05-06'})
  })

  it('reads microformats and microdata', () => {
    expect(readHtml(fixture('h-entry')).meta).toEqual({
      title: 'Reviews are not approvals',
      author: 'Max Roe',
      date: '2022-09-09'
    })
    const microdata = `<div itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">MD title</h2>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Mo Dee</span></span>
      <meta itemprop="datePublished" content="2019-03-04"></div>`
    expect(readHtml(microdata).meta).toEqual({title: 'MD title', author: 'Mo Dee', date: '2019-03-04'})
  })

  it('strips the site name from <title>, and finds a visible byline', () => {
    const page = `<head><title>Why plans fail at scale | Acme Weekly</title><meta property="og:site_name" content="Acme Weekly"></head>
      <body><p class="byline">By Ruth Bell | May 3</p></body>`
    expect(readHtml(page).meta).toEqual({title: 'Why plans fail at scale', author: 'Ruth Bell'})
    expect(readHtml('<title>Field Notes: Slack is not a strategy</title>').meta.title).toBe(
      'Slack is not a strategy'
    )
  })
})

describe('metadata as Readability orders it', () => {
  it('takes the title tags a page publishes before its microdata, Dublin Core first, Parse.ly too', () => {
    const page = `<head><meta property="og:title twitter:title" content="Shared title">
      <meta property="x:title dc:title" content="Catalogued title"></head>
      <body><div itemscope itemtype="https://schema.org/Article"><meta itemprop="headline" content="Short headline"></div></body>`
    expect(readHtml(page).meta.title).toBe('Catalogued title')
    expect(readHtml(page.replace(/<meta property="x:title[^>]*>/u, '')).meta.title).toBe('Shared title')
    expect(readHtml('<head><meta name="parsely-title" content="Tracked title"></head>').meta.title).toBe(
      'Tracked title'
    )
  })

  it('keeps a <title> whole when cutting it at a colon leaves four words or fewer', () => {
    expect(readHtml('<title>Long Walks Weekly: About</title>').meta.title).toBe('Long Walks Weekly: About')
  })

  it('never takes the site’s name from JSON-LD for the article’s title', () => {
    const page = `<head><title>Rivers rise | Daily Ledger</title><meta property="og:site_name" content="Daily Ledger">
      <script type="application/ld+json">{"@type":"NewsArticle","name":"Daily Ledger","headline":"Rivers rise after a week of rain"}</script></head>`
    expect(readHtml(page).meta.title).toBe('Rivers rise after a week of rain')
  })

  it('lists every author the meta tags name', () => {
    const page = `<head><meta name="DC.Creator" content="Lund, A."><meta name="DC.Creator" content="Berg, Ola"></head>`
    expect(readHtml(page).meta.author).toBe('Lund, A., Berg, Ola')
  })

  it('finds the article’s byline, by its marked name, not an "authorization" box or a sidebar of authors', () => {
    const prose = (topic: string) =>
      `<p>The report on ${topic} says more than it seems at first, and it deserves a careful, slow and patient reading.</p>`
    const page = `<html><body><div id="authorization"><a href="/in">Sign In</a> | <a href="/up">Sign Up</a></div>
      <ul class="authors-list"><li class="author-follow">Pat Lee writes about cities</li></ul>
      <article><h1>On the report</h1><div class="entry-byline"><a rel="author" href="/a/ann">Ann Vale</a>
      <time datetime="2020-01-01">January 1, 2020</time> <a href="#comments">13</a></div>
      ${prose('roads')}${prose('water')}${prose('schools')}${prose('parks')}</article></body></html>`
    expect(readHtml(page).meta.author).toBe('Ann Vale')
  })
})

describe('charsets', () => {
  const bytes = (text: string, encoding: BufferEncoding) => new Uint8Array(Buffer.from(text, encoding))

  it('decodes Windows-1252 declared by <meta charset>', () => {
    const page = readFileSync('test/fixtures/essays/html/windows-1252.html')
    expect(decodeHtml(page)).toContain(
      'Naïve managers think a café fixes culture – it does not. They say “open door”'
    )
  })

  it('decodes by BOM first (UTF-16), whatever the markup says', () => {
    const page = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<meta charset="latin1"><p>Zoë</p>', 'utf16le')
    ])
    expect(decodeHtml(page)).toBe('<meta charset="latin1"><p>Zoë</p>')
  })

  it('reads undeclared bytes as UTF-8 when they are, else as Windows-1252', () => {
    expect(decodeHtml(bytes('<p>Zoë</p>', 'utf8'))).toBe('<p>Zoë</p>')
    expect(decodeHtml(bytes('<p>Zoë</p>', 'latin1'))).toBe('<p>Zoë</p>')
  })

  it('lets the transport charset win over the markup', () => {
    expect(decodeHtml(bytes('<meta charset="utf-8"><p>Zoë</p>', 'latin1'), 'iso-8859-1')).toContain('Zoë')
  })
})

describe('claims from HTML', () => {
  const parse = (page: string) => parseEssay(page, {file: 'page.html', html: readHtml})

  it('carry clean text and the offsets of their words in the HTML source', () => {
    const page = fixture('wordpress')
    const claim = parse(page).claims.find(each => each.text.startsWith('That is the whole problem'))!
    expect(claim.text).toBe('That is the whole problem, and it is easy to fix & cheap.')
    expect(page.slice(claim.start, claim.end)).toBe(
      'That is the whole problem, and it is easy to fix &amp; cheap.'
    )
    expect(page.split('\n')[claim.line - 1]!.slice(claim.column - 1)).toMatch(/^That is the whole problem/)
  })

  it.each([
    ['wordpress', ['Tom Smith', 'Jane Roe']],
    ['blogger-classic', ['Bob Stone', 'Carla Diaz']],
    ['typepad', ['Eve Marsh', 'Frank Ott']],
    ['disqus', ['Hana Kim', 'Gil Park']],
    ['discourse', ['ivan', 'jo_w']],
    ['substack', ['Lena Brook', 'Kim Ode']],
    ['h-entry', ['Nia Sol']]
  ])('on %s, carry the speaker the markup names for each comment', (name, speakers) => {
    const essay = parse(fixture(name))
    const comments = essay.claims.filter(claim => claim.role === 'comment')
    expect([...new Set(comments.map(claim => claim.speaker))]).toEqual(speakers)
    expect(essay.posts.flatMap(post => post.comments.map(comment => comment.speaker))).toEqual(speakers)
  })

  it('are the author’s where no comment markup is, whatever the text looks like', () => {
    const prose = (topic: string) =>
      `<p>The survey of hiring shows that ${topic} is in demand this year, more than it was in the two years before.</p>`
    // A comments link in the share bar, then a date line: shapes the plain-text reader takes for a thread.
    const page = `<html><body><article><h1>What employers want</h1><div class="share-bar"><a href="#comments">Comments</a></div>
      <p>By Sara Gold</p><p>March 18 at 3:57 PM Follow @saragold</p>
      ${prose('design')}${prose('testing')}${prose('writing')}</article></body></html>`
    const essay = parse(page)
    const claim = essay.claims.find(each => each.text.includes('testing'))!
    expect(claim.role).not.toBe('comment')
    expect(claim.speaker).toBe('Sara Gold')
    expect(essay.posts.flatMap(post => post.comments)).toEqual([])
  })

  it('keep the article’s short rows (a fact box, its contents, a list of materials), not the menu round it', () => {
    const prose = (topic: string) =>
      `<p>The island of Tarn, the survey says, has ${topic}, and the report, long as it is, explains why in some detail.</p>`
    const page = `<html><body><nav><ul><li><a href="/">Front page</a></li><li><a href="/random">Random page</a></li></ul></nav>
      <div id="content"><h1>Tarn</h1><table class="infobox"><tr><th>Capital</th><td>Port Ellis</td></tr>
      <tr><th>Area</th><td>412 km2 (159 sq mi)</td></tr><tr><th>Currency</th><td>Tarn pound (TP)</td></tr></table>
      ${prose('few roads')}${prose('many birds')}
      <ul><li>1 Geography</li><li>2 History of the harbour</li><li>3 Economy</li></ul>
      <h2>Geography</h2>${prose('two hills')}<p>You will need:</p><ul><li>Walking boots</li><li>A tide table</li></ul>
      ${prose('cold winters')}</div></body></html>`
    const texts = parse(page).claims.map(claim => claim.text)
    for (const row of ['Port Ellis', '412 km2 (159 sq mi)', '2 History of the harbour', 'A tide table'])
      expect(texts).toContainEqual(expect.stringContaining(row))
    expect(texts).not.toContainEqual(expect.stringContaining('Random page'))
  })

  it('keep a comment’s words with its speaker and the article’s with the author', () => {
    const essay = parse(fixture('substack'))
    const speakerOf = (start: string) => essay.claims.find(claim => claim.text.startsWith(start))?.speaker
    expect(speakerOf('A recurring meeting costs')).toBe('Kim Ode')
    expect(speakerOf('We cancelled our weekly sync')).toBe('Lena Brook')
    expect(speakerOf('That month is the best evidence')).toBe('Kim Ode')
  })

  it('never carry markup, whatever the words and entities (property)', () => {
    const word = fc.constantFrom('plans', 'fail', '&amp;', '&lt;b&gt;', 'teams', '&#8217;s', 'ship', 'é')
    fc.assert(
      fc.property(
        fc.array(fc.array(word, {minLength: 3, maxLength: 12}), {minLength: 1, maxLength: 5}),
        paragraphs => {
          const page = `<html><body><article>${paragraphs.map(words => `<p><em>${words[0]}</em> ${words.slice(1).join(' ')}.</p>`).join('\n')}</article></body></html>`
          for (const claim of parse(page).claims) {
            expect(claim.text).not.toMatch(/<\/?(?:em|p|article)>|&amp;/u)
            const source = page.slice(claim.start, claim.end)
            expect(source.startsWith('<')).toBe(false)
            expect(source.endsWith('>')).toBe(false)
          }
        }
      ),
      {numRuns: 60}
    )
  })
})
