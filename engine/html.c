/*
** html.c -- article text and source metadata from an HTML page, with
** libxml2's HTML parser (it recovers from broken markup and never touches
** the network).
**
** Kept: the text of <article> when the page has one, else of <body>, with
** block elements separated by blank lines so sentences and paragraphs
** survive; the <title> (or og:title); og:site_name, author and
** article:published_time meta; the canonical URL; <html lang>.  Dropped:
** script, style, nav, header, footer, aside, form and other furniture.
** Claim offsets then refer to the extracted text, which the store keeps.
*/
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* Elements nested deeper than this are not read (libxml2 itself stops at
** 2048 with XML_PARSE_HUGE): the page is reported as too deep. */
#define XC_HTML_DEPTH 2000

static bool is_any(const xmlChar *name, const char *const *list)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (!strcasecmp((const char *)name, list[i]))
			return true;
	return false;
}

static const char *const dropped[] = { "script", "style", "nav", "header",
	"footer", "aside", "form", "noscript", "iframe", "svg", "button",
	"template", "select", "head", NULL };
static const char *const blocks[] = { "p", "div", "section", "article",
	"h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
	"blockquote", "figcaption", "figure", "pre", "dd", "dt", "dl", "main",
	"br", "hr", "td", "th", NULL };

/* Append text, folding runs of whitespace into one space. */
static void add_text(xc_buf *b, const char *s)
{
	for (; *s; s++) {
		char c = *s;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
			if (b->len && b->p[b->len - 1] != ' ' && b->p[b->len - 1] != '\n')
				xc_buf_addc(b, ' ');
		} else {
			xc_buf_addc(b, c);
		}
	}
}

static void paragraph(xc_buf *b)
{
	while (b->len && b->p[b->len - 1] == ' ')
		b->len--;
	if (b->len && b->p[b->len - 1] != '\n')
		xc_buf_add(b, "\n\n", 2);
	else if (b->len > 1 && b->p[b->len - 2] != '\n')
		xc_buf_addc(b, '\n');
	if (b->p)
		b->p[b->len] = '\0';
}

static void walk(xmlNode *n, xc_buf *b, int depth, int *too_deep)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				add_text(b, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE && depth >= XC_HTML_DEPTH) {
			*too_deep = 1;
		} else if (n->type == XML_ELEMENT_NODE) {
			bool block = is_any(n->name, blocks);
			if (is_any(n->name, dropped))
				continue;
			if (block)
				paragraph(b);
			walk(n->children, b, depth + 1, too_deep);
			if (block)
				paragraph(b);
		}
	}
}

static xmlNode *find(xmlNode *n, const char *name, int depth)
{
	for (; n && depth < XC_HTML_DEPTH; n = n->next) {
		xmlNode *f;
		if (n->type == XML_ELEMENT_NODE &&
		    !strcasecmp((const char *)n->name, name))
			return n;
		if (n->type == XML_ELEMENT_NODE && (f = find(n->children, name,
		                                               depth + 1)))
			return f;
	}
	return NULL;
}

static char *attr(xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? strdup((const char *)v) : NULL;

	xmlFree(v);
	return s;
}

static void set_once(char **dst, char *v)
{
	if (!*dst && v && *v)
		*dst = v;
	else
		free(v);
}

static void meta(xmlNode *n, xc_html *h, int depth)
{
	for (; n && depth < XC_HTML_DEPTH; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!strcasecmp((const char *)n->name, "meta")) {
			char *prop = attr(n, "property"), *name = attr(n, "name");
			const char *key = prop ? prop : name;
			if (key) {
				if (!strcasecmp(key, "og:site_name"))
					set_once(&h->outlet, attr(n, "content"));
				else if (!strcasecmp(key, "og:title"))
					set_once(&h->title, attr(n, "content"));
				else if (!strcasecmp(key, "author") ||
				         !strcasecmp(key, "article:author"))
					set_once(&h->author, attr(n, "content"));
				else if (!strcasecmp(key, "article:published_time") ||
				         !strcasecmp(key, "date") ||
				         !strcasecmp(key, "pubdate"))
					set_once(&h->published, attr(n, "content"));
				else if (!strcasecmp(key, "og:url"))
					set_once(&h->url, attr(n, "content"));
			}
			free(prop);
			free(name);
		} else if (!strcasecmp((const char *)n->name, "link")) {
			char *rel = attr(n, "rel");
			if (rel && !strcasecmp(rel, "canonical"))
				set_once(&h->url, attr(n, "href"));
			free(rel);
		} else if (!strcasecmp((const char *)n->name, "title")) {
			xmlChar *t = xmlNodeGetContent(n);
			xc_buf b;
			xc_buf_init(&b, 4096);
			if (t)
				add_text(&b, (const char *)t);
			xmlFree(t);
			while (b.len && b.p[b.len - 1] == ' ')
				b.p[--b.len] = '\0';
			if (b.len && !h->title)
				h->title = b.p;
			else
				xc_buf_release(&b);
		}
		meta(n->children, h, depth + 1);
	}
}

xc_status xc_html_text(const char *s, size_t len, xc_html *h)
{
	htmlDocPtr doc;
	xmlNode *root, *body;
	xc_buf b;

	memset(h, 0, sizeof *h);
	if (len > INT32_MAX)
		return XC_ELIMIT;
	doc = htmlReadMemory(s, (int)len, NULL, NULL,
	                     HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	                     HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	                     HTML_PARSE_COMPACT | XML_PARSE_HUGE);
	if (!doc)
		return XC_EINVAL;
	root = xmlDocGetRootElement(doc);
	if (root) {
		h->language = attr(root, "lang");
		meta(root, h, 0);
	}
	body = root ? find(root, "article", 0) : NULL;
	if (!body && root)
		body = find(root, "body", 0);
	xc_buf_init(&b, 0);
	if (body)
		walk(body->children, &b, 0, &h->too_deep);
	else if (root)
		walk(root->children, &b, 0, &h->too_deep);
	while (b.len && (b.p[b.len - 1] == '\n' || b.p[b.len - 1] == ' '))
		b.len--;
	if (xc_buf_addc(&b, '\n')) {
		xc_buf_release(&b);
		xmlFreeDoc(doc);
		xc_html_release(h);
		return XC_ENOMEM;
	}
	h->text = b.p;
	h->len = b.len;
	xmlFreeDoc(doc);
	return XC_OK;
}

void xc_html_release(xc_html *h)
{
	free(h->text);
	free(h->title);
	free(h->outlet);
	free(h->author);
	free(h->published);
	free(h->url);
	free(h->language);
	memset(h, 0, sizeof *h);
}
