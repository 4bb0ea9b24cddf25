"""The join and trainer pages: jinja2 templates with autoescape (learner text is always escaped),
inline CSS and JS only (the class may have no internet), ``<html lang="lv">``."""

from __future__ import annotations

from jinja2 import DictLoader, Environment, select_autoescape

BASE = """<!doctype html>
<html lang="lv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}Darbnīca{% endblock %} · Amatnieku darba burtnīca</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#faf7f2;line-height:1.45}
main{max-width:1180px;margin:0 auto;padding:16px 20px 40px}
header.top{background:#5a3b26;color:#fff;padding:10px 20px}
header.top a{color:#fff}
h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.25em;margin:1.2em 0 .4em}
a{color:#8c5a3c}
.card{background:#fff;border:1px solid #e6dccf;border-radius:10px;padding:14px 18px;margin:12px 0}
label{display:block;font-weight:600;margin:10px 0 4px}
input[type=text],input[type=number]{font-size:1.1em;padding:8px 10px;border:1px solid #bba;border-radius:6px;width:100%;max-width:420px;box-sizing:border-box}
input.code{text-transform:uppercase;letter-spacing:.15em;font-family:monospace;font-size:1.4em;max-width:220px}
button,.button{display:inline-block;background:#8c5a3c;color:#fff;border:0;border-radius:6px;padding:9px 18px;font-size:1em;cursor:pointer;text-decoration:none;font-weight:600}
button.secondary,.button.secondary{background:#efe7dc;color:#5a3b26}
.msg{padding:10px 14px;border-radius:8px;margin:10px 0}.msg.error{background:#fdecea;color:#8a1f11}.msg.ok{background:#e8f5e9}
.personal{font-family:monospace;word-break:break-all;background:#fffdf8;border-left:4px solid #d9a441;padding:8px 12px}
table.grid{border-collapse:collapse;font-size:.92em;background:#fff}
table.grid th,table.grid td{border:1px solid #e0d6c8;padding:4px 8px;text-align:center}
table.grid th.name,table.grid td.name{text-align:left;max-width:220px;overflow-wrap:anywhere}
table.grid th.case{max-width:200px;font-weight:600;overflow-wrap:anywhere}
td.s-nav{background:#f4f4f4;color:#555}td.s-iesākts{background:#fff1d6;color:#7a4a00}td.s-pabeigts{background:#dff0df;color:#1f5e23}
td.cell a{color:inherit;text-decoration:none;display:block}
.small{font-size:.85em;color:#595959}.muted{color:#595959}
.big-code{font-family:monospace;font-size:2.6em;letter-spacing:.18em;font-weight:700;color:#5a3b26}
.address{font-family:monospace;font-size:1.5em;font-weight:600}
.qr svg{width:260px;height:260px;display:block}
.flex{display:flex;gap:24px;flex-wrap:wrap;align-items:flex-start}
.agenda-list li{margin:3px 0}
.ex-pick{columns:2;column-gap:24px}.ex-pick label{font-weight:400;margin:2px 0;display:flex;gap:6px;align-items:center}
.ex-pick input[type=number]{width:4.2em;padding:2px 4px;font-size:.9em}
nav.tabs a{margin-right:14px}
.state{display:inline-block;border-radius:10px;padding:1px 8px;font-size:.85em;background:#efe7dc;color:#3b2a1e}
.state.open{background:#dff0df;color:#1f5e23}.state.archived{background:#eee;color:#555}
{% block style %}{% endblock %}
</style></head>
<body>{% block body %}{% endblock %}</body></html>
"""

JOIN = """{% extends "base" %}
{% block title %}Pievienoties darbnīcai{% endblock %}
{% block body %}<header class="top"><b>Amatnieku darba burtnīca</b> · darbnīca</header><main>
<h1>Pievienoties darbnīcai</h1>
{% if current %}<div class="card">{% if hub %}Jūs jau esat{% else %}Šajā ierīcē jūs jau esat{% endif %} telpā „{{ current.room }}” kā <b>{{ current.name }}</b>.
<p><a class="button" href="{{ base }}apps/">Turpināt darbu</a></p>
{% if hub %}<p class="small">Lai pievienotos citai telpai, ievadiet tās kodu zemāk.</p>{% else %}<p class="small">Ja šo ierīci lieto cits dalībnieks, viņš var pievienoties zemāk ar savu vārdu.</p>{% endif %}</div>{% endif %}
{% if error %}<div class="msg error" role="alert">{{ error }}</div>{% endif %}
<form method="post" action="{{ base }}join" class="card" autocomplete="off">{% if hub_xsrf %}<input type="hidden" name="_xsrf" value="{{ hub_xsrf }}">{% endif %}
<label for="code">Telpas kods</label>
<input id="code" class="code" name="code" type="text" value="{{ code }}" maxlength="10" required placeholder="ABC123">
<label for="name">Jūsu vārds</label>
<input id="name" name="name" type="text" value="{{ name }}" maxlength="60" required placeholder="Vārds Uzvārds">
<p class="small">Vārdu redzēs tikai darbnīcas vadītājs.</p>
<p><button type="submit">Pievienoties</button></p></form>
</main>{% endblock %}
"""

WELCOME = """{% extends "base" %}
{% block title %}Laipni lūdzam{% endblock %}
{% block body %}<header class="top"><b>Amatnieku darba burtnīca</b> · {{ room }}</header><main>
<h1>Sveiki, {{ name }}!</h1>
<div class="card"><p>Laipni lūdzam telpā „{{ room }}”! Jūsu atbildes tiek saglabātas automātiski.</p>
<p><a class="button" id="continue" href="{{ base }}apps/">Uz vingrinājumiem</a></p></div>
<div class="card"><h2>Turpināt citā ierīcē</h2>
<p>Šī ir jūsu personīgā saite. Ar to jūs varat turpināt darbu citā ierīcē vai vēlāk mājās. Nedodiet to citiem:
kas to atver, redz jūsu atbildes.</p>
<p class="personal" id="personal-link">{{ link }}</p>
<div class="qr">{{ qr }}</div>
<p class="small">Saiti vēlāk var atrast vingrinājumu sarakstā: „Turpināt citā ierīcē”.</p></div>
</main>{% endblock %}
"""

MESSAGE = """{% extends "base" %}
{% block title %}{{ title }}{% endblock %}
{% block body %}<header class="top"><b>Amatnieku darba burtnīca</b></header><main>
<h1>{{ title }}</h1><div class="msg {{ level }}">{{ text }}</div>
{% if link %}<p><a class="button" href="{{ link }}">{{ link_text }}</a></p>{% endif %}
</main>{% endblock %}
"""

TRAINER_HOME = """{% extends "base" %}
{% block title %}Darbnīcas vadītājs{% endblock %}
{% block body %}<header class="top"><b>Darbnīcas vadītājs</b></header><main>
<h1>Jūsu telpas</h1>
{% for room in active %}<div class="card"><b><a href="{{ base }}trainer/{{ room.slug }}/">{{ room.name }}</a></b>
<span class="state {{ room.state }}">{{ room.state_label }}</span> · kods <b>{{ room.code }}</b>
· izveidota {{ room.created_at.strftime("%d.%m.%Y %H:%M") }}</div>
{% else %}<p>Atvērtu telpu nav.</p>{% endfor %}
<form method="post" action="{{ base }}trainer/rooms" class="card">{% if hub_xsrf %}<input type="hidden" name="_xsrf" value="{{ hub_xsrf }}">{% endif %}<input type="hidden" name="csrf" value="{{ csrf }}">
<label for="room-name">Jaunas telpas nosaukums</label>
<input id="room-name" name="name" type="text" maxlength="60" placeholder="Piemēram, Pēcpusdienas grupa">
<p><button type="submit">Izveidot telpu</button></p></form>
{% if archived %}<h2>Arhīvs</h2>{% for room in archived %}<div class="card"><a href="{{ base }}trainer/{{ room.slug }}/">{{ room.name }}</a>
<span class="state archived">{{ room.state_label }}</span> · izveidota {{ room.created_at.strftime("%d.%m.%Y") }}</div>{% endfor %}{% endif %}
</main>{% endblock %}
"""

ROOM = """{% extends "base" %}
{% block title %}{{ room.name }}{% endblock %}
{% block body %}<header class="top"><a href="{{ base }}trainer/">Telpas</a> › <b>{{ room.name }}</b>
<span class="state {{ room.state }}">{{ room.state_label }}</span></header><main>
<div class="flex">
<div class="card" style="flex:1 1 380px"><h2 style="margin-top:0">Dalībnieki atver</h2>
<div class="address" id="learner-address">{{ address }}</div>
<p>un ievada telpas kodu:</p><div class="big-code" id="join-code">{{ room.code }}</div>
{% if room.state != "open" %}<div class="msg error">Telpa ir {{ room.state_label }}: jauni dalībnieki nevar pievienoties.</div>{% endif %}
<p><a class="button" href="{{ base }}trainer/{{ room.slug }}/projector">Projektora režīms</a></p></div>
<div class="card qr" id="qr" title="{{ join_url }}">{{ qr }}</div>
</div>
<nav class="tabs card"><b>Klases skats:</b>
{% for eid in agenda %}<a href="{{ base }}trainer/{{ room.slug }}/class/{{ eid }}">{{ eid }}</a>{% else %}<span class="muted">vispirms izvēlieties dienas plānu</span>{% endfor %}
</nav>
<h2>Dalībnieku gaita <span class="small" id="grid-updated"></span></h2>
<div id="grid" class="card" style="overflow-x:auto"><p class="muted">Ielādē…</p></div>
<h2>Dienas plāns</h2>
<form method="post" action="{{ base }}trainer/{{ room.slug }}/agenda" class="card" id="agenda-form">{% if hub_xsrf %}<input type="hidden" name="_xsrf" value="{{ hub_xsrf }}">{% endif %}
<input type="hidden" name="csrf" value="{{ csrf }}">
<p class="small">Atzīmējiet šodienas vingrinājumus un ierakstiet secību (1, 2, 3 …). Dalībnieki tos redz saraksta sākumā.</p>
<div class="ex-pick">{% for ex in exercises %}<label><input type="checkbox" name="ex" value="{{ ex.id }}" {% if ex.id in agenda %}checked{% endif %}>
<input type="number" min="1" max="99" name="pos_{{ ex.id }}" value="{{ positions.get(ex.id, '') }}" aria-label="Secība {{ ex.id }}">
{{ ex.id }}. {{ ex.title }}</label>{% endfor %}</div>
<h3>Gadījumu izpēte</h3>
<p class="small">Atzīmējiet gadījumus, ko šodien apspriedīsiet. Dalībnieki tos atver ar gadījuma datiem, savā smilškastē: tā viņu pašu atbildes nemaina.</p>
<div class="ex-pick" id="case-pick">{% for c in cases %}<label><input type="checkbox" name="case" value="{{ c.slug }}" {% if c.slug in case_agenda %}checked{% endif %}>
<input type="number" min="1" max="99" name="cpos_{{ c.slug }}" value="{{ case_positions.get(c.slug, '') }}" aria-label="Secība: {{ c.title }}">
{{ c.title }}{% if c.kind == "illustrative" %} <span class="muted">(ilustratīvs)</span>{% endif %}</label>{% endfor %}</div>
<p><button type="submit" id="save-agenda">Saglabāt plānu</button></p></form>
<h2>Rezultātu lejupielāde</h2>
<div class="card"><a class="button" id="export-xlsx" href="{{ base }}trainer/{{ room.slug }}/export/rezultati.xlsx">Excel (XLSX)</a>
<a class="button secondary" id="export-csv" href="{{ base }}trainer/{{ room.slug }}/export/rezultati-csv.zip">CSV (ZIP)</a>
<a class="button secondary" id="export-pdf" href="{{ base }}trainer/{{ room.slug }}/export/pdf.zip">Visu dalībnieku PDF (ZIP)</a>
<p class="small">Excel failā katram vingrinājumam ir sava lapa, katram dalībniekam sava rinda.</p></div>
<h2>Telpa</h2>
<form method="post" action="{{ base }}trainer/{{ room.slug }}/state" class="card">{% if hub_xsrf %}<input type="hidden" name="_xsrf" value="{{ hub_xsrf }}">{% endif %}<input type="hidden" name="csrf" value="{{ csrf }}">
{% if room.state == "open" %}<button name="state" value="closed" class="secondary" id="close-room">Slēgt telpu (jauni dalībnieki nevar pievienoties)</button>{% endif %}
{% if room.state != "open" %}<button name="state" value="open" class="secondary" id="open-room">Atvērt telpu no jauna</button>{% endif %}
{% if room.state != "archived" %}<button name="state" value="archived" class="secondary" id="archive-room">Arhivēt</button>{% endif %}
<p class="small">Dalībnieku atbildes paliek saglabātas arī slēgtā un arhivētā telpā.</p></form>
</main>
<script>
(function(){
  var url = {{ grid_url|tojson }}, base = {{ base|tojson }}, slug = {{ room.slug|tojson }};
  var labels = {"nav":"nav sākts","iesākts":"iesākts","pabeigts":"pabeigts"};
  function ago(s){ if(s===null||s===undefined) return "—"; if(s<60) return s+" s"; if(s<3600) return Math.floor(s/60)+" min"; return Math.floor(s/3600)+" h"; }
  function el(tag, text, cls){ var e=document.createElement(tag); if(text!==undefined) e.textContent=text; if(cls) e.className=cls; return e; }
  function draw(data){
    var box=document.getElementById("grid"); var t=el("table",undefined,"grid"); t.id="grid-table";
    var head=el("tr"); head.appendChild(el("th","Dalībnieks","name"));
    data.agenda.forEach(function(e){ var th=el("th"); var a=el("a",e); a.href=base+"trainer/"+slug+"/class/"+e; th.appendChild(a); head.appendChild(th); });
    data.cases.forEach(function(c){ var th=el("th","Gadījums: "+c.title,"case"); th.dataset.case=c.slug; head.appendChild(th); });
    head.appendChild(el("th","Pēdējā saglabāšana")); t.appendChild(head);
    data.participants.forEach(function(p){
      var tr=el("tr"); tr.dataset.participant=p.id; var name=el("td",undefined,"name"); var a=el("a",p.name); a.href=base+"trainer/"+slug+"/learner/"+p.id; name.appendChild(a); tr.appendChild(name);
      data.agenda.forEach(function(e){ var c=p.cells[e]; var td=el("td",undefined,"cell s-"+c.state); td.dataset.exercise=e; td.dataset.state=c.state;
        var link=el("a",labels[c.state]+(c.ago!==null?" · "+ago(c.ago):"")); link.href=base+"trainer/"+slug+"/learner/"+p.id+"?exercise="+e; td.appendChild(link); tr.appendChild(td); });
      data.cases.forEach(function(c){ var k=p.case_cells[c.slug]; var td=el("td",k.state==="nav"?"nav atvērts":"strādā"+(k.ago!==null?" · "+ago(k.ago):""),"cell s-"+k.state); td.dataset.case=c.slug; td.dataset.state=k.state; tr.appendChild(td); });
      tr.appendChild(el("td",ago(p.ago))); t.appendChild(tr); });
    var foot=el("tr"); foot.appendChild(el("th","Pabeiguši","name"));
    data.agenda.forEach(function(e){ var th=el("th", data.counts[e].pabeigts+" / "+data.participants.length); th.dataset.doneCount=data.counts[e].pabeigts; th.dataset.exercise=e; foot.appendChild(th); });
    data.cases.forEach(function(c){ var th=el("th", c.opened+" / "+data.participants.length); th.dataset.case=c.slug; foot.appendChild(th); });
    foot.appendChild(el("th","")); t.appendChild(foot);
    box.replaceChildren(t);
    if(!data.agenda.length && !data.cases.length) box.appendChild(el("p","Izvēlieties dienas plānu zemāk: tad šeit redzēsiet katra dalībnieka gaitu.","muted"));
    document.getElementById("grid-updated").textContent="("+data.participants.length+" dalībnieki · atjaunots "+data.time+")";
  }
  function poll(){ fetch(url,{credentials:"same-origin",cache:"no-store"}).then(function(r){return r.json();}).then(draw).catch(function(){}); }
  poll(); setInterval(poll, 3000);
})();
</script>{% endblock %}
"""

CLASS = """{% extends "base" %}
{% block title %}{{ exercise.id }} · {{ room.name }}{% endblock %}
{% block body %}<header class="top"><a href="{{ base }}trainer/">Telpas</a> › <a href="{{ base }}trainer/{{ room.slug }}/">{{ room.name }}</a> › <b>Klases skats</b></header><main>
<nav class="tabs">{% for eid in agenda %}<a href="{{ base }}trainer/{{ room.slug }}/class/{{ eid }}">{% if eid == exercise.id %}<b>{{ eid }}</b>{% else %}{{ eid }}{% endif %}</a>{% endfor %}
<a href="{{ base }}trainer/{{ room.slug }}/projector?exercise={{ exercise.id }}">Rādīt projektorā</a>
<a href="{{ base }}trainer/{{ room.slug }}/export/{{ exercise.id }}.csv">CSV</a></nav>
<h1>{{ exercise.id }}. {{ exercise.title }}</h1>
<p>Pabeiguši {{ done|length }} no {{ total }} dalībniekiem{% if done %}: {{ done|join(", ") }}{% endif %}.</p>
<div class="card" id="class-view">{{ blocks_html|safe }}</div>
</main>{% endblock %}
"""

PROJECTOR = """{% extends "base" %}
{% block title %}Projektors · {{ room.name }}{% endblock %}
{% block style %}body{font-size:24px;background:#fff}main{max-width:1500px}
.cb-metric .v{font-size:1.6em!important}.cb-table{font-size:1em!important}.cb-chart img{max-width:min(100%,900px)}
.cb-text{font-size:1.05em}.head{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:12px}
.join{font-size:.8em;color:#555}.join b{font-family:monospace;letter-spacing:.12em;color:#5a3b26}
nav.tabs{font-size:.7em}.qr svg{width:min(60vh,520px);height:min(60vh,520px);margin:0 auto}{% endblock %}
{% block body %}<main>
<div class="head"><h1>{% if exercise %}{{ exercise.id }}. {{ exercise.title }}{% else %}{{ room.name }}{% endif %}</h1>
<div class="join">{{ address }} · kods <b>{{ room.code }}</b></div></div>
<nav class="tabs">{% for eid in agenda %}<a href="?exercise={{ eid }}">{{ eid }}</a>{% endfor %}
<a href="{{ base }}trainer/{{ room.slug }}/">← atpakaļ</a></nav>
{% if exercise %}<p>Pabeiguši: <b>{{ done }}</b> no {{ total }}</p><div id="class-view">{{ blocks_html|safe }}</div>
{% else %}<div class="qr" style="text-align:center">{{ qr }}<p class="address">{{ address }}</p><p class="big-code">{{ room.code }}</p></div>{% endif %}
</main><script>setTimeout(function(){location.reload();}, 20000);</script>{% endblock %}
"""

LEARNER = """{% extends "base" %}
{% block title %}{{ participant.name }} · {{ room.name }}{% endblock %}
{% block body %}<header class="top"><a href="{{ base }}trainer/">Telpas</a> › <a href="{{ base }}trainer/{{ room.slug }}/">{{ room.name }}</a> › <b>{{ participant.name }}</b></header><main>
<h1>{{ participant.name }}</h1><p class="small">Tikai lasīšanai: šīs ir dalībnieka saglabātās atbildes.</p>
{% for item in items %}<div class="card answers" data-exercise="{{ item.exercise.id }}"><h2 style="margin-top:0">{{ item.exercise.id }}. {{ item.exercise.title }}
<span class="state">{{ item.status }}</span></h2>
<table class="cb-table"><tbody>{% for label, value in item.rows %}<tr><th>{{ label }}</th><td style="white-space:pre-wrap">{{ value }}</td></tr>{% endfor %}</tbody></table>
{{ item.blocks_html|safe }}</div>
{% else %}<p>Šis dalībnieks vēl nav saglabājis atbildes{% if exercise_id %} vingrinājumā {{ exercise_id }}{% endif %}.</p>{% endfor %}
</main>{% endblock %}
"""

MY_LINK = """{% extends "base" %}
{% block title %}Turpināt citā ierīcē{% endblock %}
{% block body %}<header class="top"><b>Amatnieku darba burtnīca</b> · {{ room }}</header><main>
<h1>Turpināt citā ierīcē</h1>
<div class="card"><p>{{ name }}, šī ir jūsu personīgā saite. Atveriet to citā ierīcē (vai nolasiet kodu ar telefona kameru),
lai turpinātu ar savām atbildēm. Nedodiet to citiem.</p>
<p class="personal" id="personal-link">{{ link }}</p><div class="qr">{{ qr }}</div>
<p><a class="button" href="{{ base }}apps/">Atpakaļ uz vingrinājumiem</a></p></div>
</main>{% endblock %}
"""

env = Environment(loader=DictLoader({"base": BASE, "join": JOIN, "welcome": WELCOME, "message": MESSAGE,
                                     "trainer_home": TRAINER_HOME, "room": ROOM, "class": CLASS,
                                     "projector": PROJECTOR, "learner": LEARNER, "my_link": MY_LINK}),
                  autoescape=select_autoescape(default=True, default_for_string=True))


def render(_template: str, **context) -> str:
    return env.get_template(_template).render(**context)
