#!/usr/bin/env python3
"""Checks the real-press claims corpus (press-claims.jsonl) and the article corpus (samples/articles/).

    python3 bench/corpus/validate.py [--halves PATH/TO/corpus-half.py]

Checks: every case has the fields of the format and allowed values; every expected number is printed in the
case's text (a number printed more than once names its `occurrence`); each case that names an article is a
passage of that article file, with the same url, date and language; every article file opens with front
matter (date, outlet, url, lang); the counts per language meet the corpus's targets (at least 200 expected
numbers, at least 40 in each of de, en, ru, ko); and, when the split tool is at hand, that every URL is in the
`dev` half (the seed article, kept because the project starts from it, is the one declared exception).
Prints the counts; exits non-zero on any failure.
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, 'press-claims.jsonl')
ARTICLES = os.path.join(REPO, 'samples', 'articles')
VERDICTS = {'supported', 'contradicted', 'partly_supported', 'not_checkable'}
LANGS = ('de', 'en', 'ru', 'ko')
MIN_TOTAL, MIN_PER_LANG = 200, 40
SEED = 'seed-de-2025-02-10.txt'
REQUIRED = ('id', 'outlet', 'url', 'lang', 'published', 'published_basis', 'text', 'expect')
DATE = re.compile(r'^\d{4}-\d{2}-\d{2}$')


def front_matter(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if not text.startswith('---\n'):
        return None, text
    end = text.find('\n---\n', 4)
    if end < 0:
        return None, text
    meta = {}
    for line in text[4:end].splitlines():
        key, _, value = line.partition(':')
        meta[key.strip()] = value.strip()
    return meta, text[end + 5:]


def halves_tool(path):
    candidates = [path] if path else [os.environ.get('FLOWWATCH_CORPUS_HALF', ''),
                                      os.path.join(REPO, '..', 'shared', 'tools', 'corpus-half.py'),
                                      os.path.join(REPO, '..', '..', 'shared', 'tools', 'corpus-half.py')]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate):
            spec = importlib.util.spec_from_file_location('corpus_half', candidate)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module.half, candidate
    return None, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--halves', help='path to corpus-half.py (default: ../shared/tools/corpus-half.py)')
    args = parser.parse_args()
    errors = []

    articles = {}
    for name in sorted(os.listdir(ARTICLES)):
        if not name.endswith(('.md', '.txt', '.html')) or name == 'README.md':
            continue
        meta, body = front_matter(os.path.join(ARTICLES, name))
        if meta is None:
            errors.append(f'{name}: no front matter')
            continue
        for key in ('date', 'outlet', 'url', 'lang'):
            if not meta.get(key):
                errors.append(f'{name}: front matter lacks {key}')
        if meta.get('date') and not DATE.match(meta['date']):
            errors.append(f"{name}: date {meta['date']!r} is not YYYY-MM-DD")
        articles[os.path.splitext(name)[0]] = (name, meta, body)

    per_lang = collections.Counter()
    in_data = collections.Counter()
    verdicts = collections.Counter()
    ids = set()
    urls = set()
    with open(CASES, encoding='utf-8') as f:
        for line_no, line in enumerate(f, 1):
            where = f'press-claims.jsonl line {line_no}'
            try:
                case = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f'{where}: not JSON ({e})')
                continue
            missing = [k for k in REQUIRED if k not in case]
            if missing:
                errors.append(f"{where}: missing {', '.join(missing)}")
                continue
            where = f"{where} ({case['id']})"
            if case['id'] in ids:
                errors.append(f'{where}: duplicate id')
            ids.add(case['id'])
            if not DATE.match(case['published']):
                errors.append(f"{where}: published {case['published']!r} is not YYYY-MM-DD")
            urls.add(case['url'])
            text = case['text']
            if not case['expect']:
                errors.append(f'{where}: no expected numbers')
            for exp in case['expect']:
                for key in ('number', 'verdict', 'actual', 'why'):
                    if key not in exp:
                        errors.append(f'{where}: an expected number lacks {key}')
                number = exp.get('number', '')
                bad = set(exp.get('verdict', [])) - VERDICTS
                if bad or not exp.get('verdict'):
                    errors.append(f'{where}: {number!r} has verdicts {exp.get("verdict")}')
                count = text.count(number) if number else 0
                occurrence = exp.get('occurrence', 1)
                if count == 0:
                    errors.append(f'{where}: {number!r} is not printed in the text')
                elif count > 1 and 'occurrence' not in exp:
                    errors.append(f'{where}: {number!r} is printed {count} times; name its occurrence')
                elif occurrence > count:
                    errors.append(f'{where}: {number!r} occurrence {occurrence} of {count}')
                per_lang[case['lang']] += 1
                if exp.get('verdict') != ['not_checkable']:
                    in_data[case['lang']] += 1
                for v in exp.get('verdict', []):
                    verdicts[v] += 1
            article = case.get('article')
            if article:
                if article not in articles:
                    errors.append(f'{where}: no article file {article}.md')
                else:
                    name, meta, body = articles[article]
                    for key, value in (('url', case['url']), ('date', case['published']), ('lang', case['lang'])):
                        if meta.get(key) != value:
                            errors.append(f'{where}: {name} has {key} {meta.get(key)!r}, the case {value!r}')
                    for passage in filter(None, (case.get('context'), text)):
                        if passage not in body:
                            errors.append(f'{where}: its text is not a passage of {name}')

    for name, meta, _ in articles.values():
        urls.add(meta.get('url', ''))

    half, tool = halves_tool(args.halves)
    if half is None:
        print('warning: corpus-half.py not found (give --halves); the dev/held-out check was skipped', file=sys.stderr)
    else:
        seed_url = articles.get(os.path.splitext(SEED)[0], (None, {}, None))[1].get('url')
        for url in sorted(u for u in urls if u):
            if half(url) != 'dev' and url != seed_url:
                errors.append(f'{url} is {half(url)} ({tool})')

    total = sum(per_lang.values())
    for lang in LANGS:
        if per_lang[lang] < MIN_PER_LANG:
            errors.append(f'{lang}: {per_lang[lang]} expected numbers, fewer than {MIN_PER_LANG}')
    if total < MIN_TOTAL:
        errors.append(f'{total} expected numbers in all, fewer than {MIN_TOTAL}')

    langs = ' '.join(f'{l} {per_lang[l]}' for l in sorted(per_lang))
    by_lang_articles = collections.Counter(meta.get('lang') for _, meta, _ in articles.values())
    print(f'{len(ids)} cases, {total} expected numbers ({langs}); accepted verdicts: '
          + ', '.join(f'{v} {verdicts[v]}' for v in sorted(verdicts)))
    print(f'{len(articles)} article files (' + ' '.join(f'{l} {n}' for l, n in sorted(by_lang_articles.items())) + f'); {len(urls)} URLs'
          + ('' if half is None else ', every one dev except the seed article'))
    print('about a figure in the data (a verdict other than not_checkable accepted): '
          + ' '.join(f'{l} {in_data[l]}/{per_lang[l]}' for l in sorted(per_lang)) + f'; all {sum(in_data.values())}/{total}')
    for error in errors:
        print('error: ' + error, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
