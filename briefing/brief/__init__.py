"""The daily brief: select the day's articles, merge who is in the news, group
stories, and render them for the terminal, text, Markdown, HTML or JSON.

Reads the same cached analyses as the reader; never imports textual, and never
loads spaCy when everything is cached.
"""
