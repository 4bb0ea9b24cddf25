"""Workshop mode: a trainer runs a class from one laptop (issue 7).

- :mod:`.model`: rooms, participants and agendas, tables on the answers store's ``MetaData``
  (one ``CRAFTBOOK_DB`` holds everything), and the queries the trainer's pages need;
- :mod:`.class_views`: what the class answered, per exercise (the blocks the trainer projects);
- :mod:`.exports`: the class's results as XLSX and CSV, and a ZIP of every learner's PDFs;
- :mod:`.pages`: the join and trainer pages (plain Tornado handlers, Latvian, no outside requests);
- :mod:`.learner`: what the landing app shows a participant (the agenda first);
- ``python -m widgets.workshop`` (``make workshop``): create a room and start the server on the LAN.

Identity: a participant's learner id is ``ws:<room>:<hex>``; ``:`` is outside the ``?learner=``
token alphabet, so no URL can name it. The server resolves the participant's cookie and passes the
id to the kernel signed (``widgets.identity``).
"""
