"""Marker lists: the words and shapes of page residue, as data.

Every entry is a :class:`Marker`: a regular-expression source (``regex`` module syntax, matched
case-insensitively), one example line it must match, and the language it belongs to. The tests check
every example against its compiled pattern, so adding a marker is adding one line here, example
included. ``text/patterns.py`` compiles these lists once; cleaners never hold their own word lists.

Patterns must stay linear on hostile input: no nested quantifiers, and every ``{m,n}`` bounded.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Marker:
    pattern: str
    example: str
    lang: str = "*"


# A capitalised word, and one to three of them with the joining words of names: a place, a section, a
# company ("Kleinhausen", "Val-d'Oise", "Nordwind Energie AG"). Case-sensitive under IGNORECASE, as in
# bylines: "Mehr aus Kleinhausen" is a link to a section, "Mehr aus weniger machen" is a sentence.
_CAP = r"(?-i:\p{Lu}[\p{L}\p{N}.'’&-]{0,30})"
_CAPS = rf"{_CAP}(?: (?:(?:und|and|et|y|e|en|i|&|de|van|von|der|den|la|le|di|da|du|del) )?{_CAP}){{0,2}}"
# A journalist's job as a byline prints it after the name: "AP Auto Writer", "CNN Editor-at-large",
# "Politik-Korrespondentin" (capitalised or not: "Staff writer"). It begins with one of these words (or,
# after a name, a hyphenated compound), so a marker of the job alone is dispatched on them.
_ROLE = (
    r"(?:writer|columnist|correspondent|reporter|editor(?:-at-large)?|contributor"
    r"|redakteur(?:in)?|korrespondent(?:in)?|reporterin|kolumnist(?:in)?|correspondant(?:e)?"
    r"|r[ée]dacteur|r[ée]dactrice|corresponsal|redactor(?:a)?|corrispondente|redattore"
    r"|correspondente|verslaggever|redacteur|korespondent(?:ka)?|dziennikarz(?:ka)?|корреспондент"
    r"|journalist(?:in|e)?|periodista|giornalista|jornalista|meteorolog(?:ist|e|in|o|a)|m[ée]t[ée]orologue"
    r"|meteor[óo]log[oa]|anchor|forecaster|presenter|host|producer)"
)
# The name in such a byline: two or three capitalised words, short, so that the marker's longest match
# stays short and a paragraph is never tried against it (``marker_dispatch`` gates on that length).
_BYNAME = r"(?-i:\p{Lu}[\p{L}.'’-]{1,15}(?: \p{Lu}[\p{L}.'’-]{1,15}){1,2})"
# A sum of money ("9,99 €", "$1,299", "EUR 4.99", "19 zł").
_PRICE = r"(?:[$€£] ?\d{1,3}(?:[.,]\d{3}){0,3}(?:[.,]\d{2})?|(?:eur|chf|usd|gbp) ?\d{1,3}(?:[.,]\d{3}){0,3}(?:[.,]\d{2})?|\d{1,3}(?:[.,]\d{3}){0,3}(?:[.,]\d{2})? ?(?:€|euro|eur|zł|pln|chf|fr\.|\$|£))"


# --------------------------------------------------------------------------- ads
# Whole-line ad labels, matched after trimming decoration (dashes, bullets, brackets, colons), so
# "- Advertisement -", "[ Anzeige ]" and "ADVERTISEMENT:" are all the same entry.
AD_LINES: tuple[Marker, ...] = (
    Marker(r"advertisements?(?: ?\d{1,3})?", "- Advertisement -", "en"),
    Marker(r"adverts?|ads?|ad content|ad feedback|ad choices", "Advert", "en"),
    Marker(r"(?:skip|close|report this|hide|remove) (?:ad|ads|advert|advertisement)", "Skip Advertisement", "en"),
    Marker(r"(?:sponsored|promoted|paid)(?: (?:content|post|partner content|stories|links|resources))?", "Sponsored content", "en"),
    Marker(r"(?:advertiser|partner) content", "Advertiser content", "en"),
    Marker(r"(?:from|by) our sponsors?|supported by|presented by|brought to you by|in partnership with", "Supported by", "en"),
    Marker(r"(?:[\w ]{1,30} )?sponsored by(?: [\w .&'-]{1,40})?", "Market Update sponsored by", "en"),
    Marker(
        r"(?:the )?(?:story|article|text|content|report) continues (?:below|after)(?: (?:the |this )?(?:advertisement|advert|ad|gallery|video|photos?|image))?",
        "Story continues below advertisement",
        "en",
    ),
    Marker(r"continue reading (?:the main story|below(?: the ad)?)", "Continue reading the main story", "en"),
    Marker(r"scroll (?:down )?to continue(?: reading| with content)?", "Scroll to continue with content", "en"),
    Marker(r"this (?:article|story|content) is sponsored(?: by [\w .&'-]{1,40})?", "This article is sponsored by Acme", "en"),
    Marker(r"ftc: we use income earning (?:auto )?affiliate links(?:\. more)?\.?", "FTC: We use income earning auto affiliate links. More.", "en"),
    Marker(r"(?:we|this site) may earn (?:a )?(?:commission|money)[^\n]{0,120}", "We may earn a commission from links on this page.", "en"),
    Marker(r"anzeigen?|werbung|werbeanzeige|gesponsert|sponsored post|bezahlter inhalt|promotion", "Anzeige", "de"),
    Marker(
        r"(?:der )?(?:artikel|text|beitrag) (?:wird )?(?:geht )?(?:unter|nach) (?:der|dieser) (?:anzeige|werbung) (?:weiter|fortgesetzt)|weiter nach der (?:anzeige|werbung)|lesen sie nach der anzeige weiter",
        "Weiter nach der Anzeige",
        "de",
    ),
    Marker(r"publicit[ée]s?|pub|contenu sponsoris[ée]|sponsoris[ée]|contenu partenaire|article sponsoris[ée]", "Publicité", "fr"),
    Marker(r"(?:la )?suite (?:de l'article )?(?:apr[eè]s|sous) (?:cette |la )?(?:publicit[ée]|pub)", "La suite après la publicité", "fr"),
    Marker(r"contenus? sponsoris[ée]s?|contenus? (?:de nos )?partenaires", "Contenus sponsorisés", "fr"),
    Marker(r"publicidad|anuncio|contenido patrocinado|patrocinado|contenido de marca", "Publicidad", "es"),
    Marker(r"(?:la noticia )?(?:sigue|contin[uú]a) (?:despu[eé]s|tras) (?:de )?(?:la )?(?:publicidad|el anuncio)", "Sigue después de la publicidad", "es"),
    Marker(r"pubblicit[àa]|contenuto sponsorizzato|sponsorizzato|contenuto promozionale|(?:pubblicit[àa] )?continua a leggere sotto", "Pubblicità", "it"),
    Marker(r"publicidade|an[úu]ncio|conte[úu]do patrocinado|patrocinado|continua (?:depois|ap[óo]s) (?:da|a) publicidade", "Publicidade", "pt"),
    Marker(r"advertentie|gesponsord|gesponsorde inhoud|lees verder (?:na|onder) de advertentie", "Advertentie", "nl"),
    Marker(r"reklama|sponsorowane|artyku[łl] sponsorowany|materia[łl] (?:sponsorowany|partnera|promocyjny)|(?:dalsza cz[eę][śs][ćc] (?:artyku[łl]u|tekstu) )?pod reklam[ąa]", "Reklama", "pl"),
    Marker(r"(?:dalsza cz[eę][śs][ćc] (?:artyku[łl]u|tekstu) )?pod (?:materia[łl]em (?:wideo|video|promocyjnym)|wideo)", "Dalsza część artykułu pod materiałem wideo", "pl"),
    # What a page says where the text resumes after an ad slot, in words the entries above miss.
    Marker(r"(?:(?:the )?(?:article|story) )?continues? (?:reading )?(?:below|after)(?: (?:the |this )?(?:advertisement|advert|ad))?|scroll to continue(?: reading)?", "Continues below advertisement", "en"),
    Marker(
        r"(?:weiter(?:lesen)?|mehr|fortsetzung) nach der (?:anzeige|werbung)|lesen sie nach der (?:anzeige|werbung) weiter|scrollen zum weiterlesen",
        "Lesen Sie nach der Werbung weiter",
        "de",
    ),
    Marker(r"(?:sigue|contin[uú]a) (?:leyendo )?(?:despu[eé]s del anuncio|despu[eé]s de la publicidad|debajo|abajo)", "Sigue leyendo después del anuncio", "es"),
    Marker(r"(?:czytaj dalej|dalsza cz[eę][śs][ćc] (?:artyku[łl]u|tekstu)) (?:pod reklam[ąa]|poni[żz]ej)", "Czytaj dalej pod reklamą", "pl"),
    Marker(r"continua a leggere (?:dopo|sotto) (?:la )?pubblicit[àa]", "Continua a leggere dopo la pubblicità", "it"),
    Marker(r"(?:o )?(?:texto|artigo) continua (?:ap[óo]s a|depois da) publicidade", "O texto continua após a publicidade", "pt"),
    Marker(r"(?:het )?(?:artikel|verhaal) gaat (?:verder|door) (?:onder|na) de advertentie", "Het artikel gaat verder onder de advertentie", "nl"),
    # An ad label and a note that the story resumes, on one line ("Anzeige – Lesen Sie weiter"); the note
    # alone is a "read more" link, so it is taken only after the label.
    Marker(r"(?:anzeige|werbung)(?: ?[-–—|·•:.] ?| )(?:lesen sie (?:hier )?weiter|weiterlesen|(?:der )?artikel (?:wird unten fortgesetzt|geht unten weiter)|weiter unten geht'?s weiter)", "Anzeige – Lesen Sie weiter", "de"),
    Marker(r"publicit[ée](?: ?[-–—|·•:.] ?| )(?:lire la suite(?: ci-dessous| plus bas)?|la suite (?:ci-dessous|plus bas)|continuer la lecture)", "PUBLICITÉ - Lire la suite ci-dessous", "fr"),
    Marker(r"(?:publicidad|anuncio)(?: ?[-–—|·•:.] ?| )(?:contin[úu]a leyendo|sigue leyendo|la noticia contin[úu]a(?: abajo| debajo)?)", "Publicidad - Continúa leyendo", "es"),
    Marker(r"reklama(?: ?[-–—|·•:.] ?| )(?:czytaj dalej|przewi[ńn],? (?:aby|by) czyta[ćc] dalej|dalsza cz[ęe][śs][ćc] (?:artyku[łl]u|tekstu) poni[żz]ej)", "Reklama. Przewiń, aby czytać dalej", "pl"),
    Marker(r"(?:an[úu]ncio|publicidade)(?: ?[-–—|·•:.] ?| )(?:continue (?:lendo|a ler)|a mat[ée]ria continua (?:abaixo|ap[óo]s o an[úu]ncio))", "Anúncio - Continue lendo", "pt"),
    Marker(r"continue lendo (?:ap[óo]s o|depois do) an[úu]ncio", "Continue lendo após o anúncio", "pt"),
    Marker(r"pubblicit[àa](?: ?[-–—|·•:.] ?| )(?:continua a leggere|prosegui la lettura|l'articolo continua (?:qui )?sotto)", "Pubblicità - Continua a leggere", "it"),
    Marker(r"advertentie(?: ?[-–—|·•:.] ?| )(?:lees verder|het artikel gaat (?:hieronder )?verder)", "Advertentie - Lees verder", "nl"),
    Marker(r"advertisement(?: ?[-–—|·•:.] ?| )(?:continue reading(?: below)?|keep reading)", "Advertisement - Continue reading", "en"),
    Marker(r"реклама|на правах рекламы|спонсорский материал|партн[её]рский материал|продолжение (?:статьи )?(?:ниже|после рекламы)", "Реклама", "ru"),
    Marker(r"annons|annonse|annonce|reklame|sponsrat|sponset|mainos|kaupallinen yhteisty[öo]", "Annons", "sv"),
    Marker(r"reklam|iklan|publicitate|hirdet[ée]s|διαφήμιση|реклама|広告|广告|廣告|إعلان|פרסומת", "Reklam", "*"),
    # "read on after the ad" in the wordings the entries above lack
    Marker(r"weiterlesen nach der (?:anzeige|werbung)|nach der (?:anzeige|werbung) geht(?: es|'s|’s) weiter|(?:continue|keep) reading (?:after|below) (?:the |this )?(?:ad|advert|advertisement)|(?:l'articolo )?continua (?:dopo|sotto) (?:la )?pubblicit[àa]", "Weiterlesen nach der Werbung", "*"),
    # a blog's advertising disclosure in front of the post ("Werbung, da Markennennung")
    Marker(r"(?:unbezahlte |unbeauftragte |bezahlte )?(?:werbung|anzeige)(?:,| -| –| /| \|)? (?:da |wegen |wg\. |durch |aufgrund von )?(?:markennennungs?|markennennungen|markenerkennung|verlinkungs?|verlinkungen|affiliate-?links?|produktplatzierungs?|pr-samples?|kooperation|namensnennung|ortsnennung)|bezahlte partnerschaft|paid partnership|partenariat r[ée]mun[ée]r[ée]|colaboraci[óo]n pagada|collaborazione retribuita|parceria paga|betaalde samenwerking|wsp[óo][łl]praca reklamowa|lokowanie produktu", "Unbezahlte Werbung wegen Verlinkung", "*"),
    # ad labels in other wordings: "ADVERTISING", "Publireportage", "Gesponsorde content"
    Marker(r"advertising|advertorial|advertisement feature|sponsored feature|paid (?:content|promotion)|partner(?:ed)? content|promoted content|branded content", "ADVERTISING", "en"),
    Marker(r"werbe(?:beitrag|anzeige)|anzeigen-?sonderver[öo]ffentlichung|sonderver[öo]ffentlichung|publireportage|gesponserter (?:beitrag|inhalt)|in kooperation mit [\p{L}\p{N} .&'-]{1,40}", "Publireportage", "de"),
    Marker(r"publi-?r[ée]dactionnel|publireportage|contenu (?:commandit[ée]|promotionnel)|en partenariat avec [\p{L}\p{N} .&'-]{1,40}", "Publi-rédactionnel", "fr"),
    Marker(r"publirreportaje|contenido (?:publicitario|promocionado)|espacio patrocinado|en colaboraci[óo]n con [\p{L}\p{N} .&'-]{1,40}", "Publirreportaje", "es"),
    Marker(r"publiredazionale|contenuto (?:pubblicitario|a pagamento)|informazione pubblicitaria|in collaborazione con [\p{L}\p{N} .&'-]{1,40}", "Informazione pubblicitaria", "it"),
    Marker(r"(?:conte[úu]do|publieditorial|informe) publicit[áa]rio|publieditorial|conte[úu]do de marca|em parceria com [\p{L}\p{N} .&'-]{1,40}", "Informe publicitário", "pt"),
    Marker(r"advertorial|gesponsorde? (?:content|inhoud|artikel|bijdrage)|in samenwerking met [\p{L}\p{N} .&'-]{1,40}|partnercontent", "Gesponsorde content", "nl"),
    Marker(r"(?:tre[śs][ćc]|artyku[łl]|tekst) (?:sponsorowan[ay]|promocyjn[ay])|materia[łl] reklamowy|og[łl]oszenie|we wsp[óo][łl]pracy z [\p{L}\p{N} .&'-]{1,40}", "Materiał reklamowy", "pl"),
    # Flemish papers' and Czech/Slovak sites' ad labels ("Reclame", "Publiciteit", "Inzerce")
    Marker(r"reclame|publiciteit|inzerce|inzer[áa]t|reklamn[íiée] sd[ěe]len[íi]", "Reclame", "*"),
)

#: Labels of a sponsored story's teaser (a subset of ``AD_LINES``' words): under such a label a
#: headline-shaped line with no paragraph after it is the sponsored story's headline, an ad too
#: ("Sponsored" / "Homeowners are switching to this clever boiler trick").
SPONSORED_LABELS: tuple[Marker, ...] = (
    Marker(r"(?:sponsored|promoted|paid)(?: (?:content|post|partner content|stories|story|links?))?", "Sponsored", "en"),
    Marker(r"gesponsert|gesponserter (?:beitrag|inhalt)|sponsored post", "Gesponsert", "de"),
    Marker(r"sponsoris[ée]|contenus? sponsoris[ée]s?", "Contenu sponsorisé", "fr"),
    Marker(r"patrocinado|contenido patrocinado", "Patrocinado", "es"),
    Marker(r"sponsorizzato|contenuto sponsorizzato", "Sponsorizzato", "it"),
    Marker(r"patrocinado|conte[úu]do patrocinado", "Conteúdo patrocinado", "pt"),
    Marker(r"gesponsord|gesponsorde inhoud", "Gesponsord", "nl"),
    Marker(r"sponsorowane|artyku[łl] sponsorowany|tre[śs][ćc] sponsorowana", "Sponsorowane", "pl"),
)

# --------------------------------------------------------------------------- teasers
# Links to other content. A prefix marker removes a line that starts with it and stays short
# (the teaser's headline follows); a whole-line marker removes only the label itself.
TEASER_PREFIXES: tuple[Marker, ...] = (
    Marker(r"(?:read|see|watch|listen)(?: also| more)?:", "Read more: Ten things to know about the vote", "en"),
    Marker(r"(?:also read|related(?: story| article| coverage| content)?|more on this(?: story)?|recommended|further reading|editor's picks?|trending|must read|don't miss|click here)\s?[:|>»-]", "Related: Storm closes schools across the state", "en"),
    Marker(r"read (?:more|the full story|the latest)(?: about| on| here)?\s?[>»:|-]", "Read more » Ten things to know", "en"),
    Marker(r"(?:lesen sie (?:auch|mehr|hier)|mehr zum thema|auch interessant|das k[öo]nnte sie auch interessieren|zum thema|siehe auch)\s?[:|>»-]", "Lesen Sie auch: Die wichtigsten Fragen zur Wahl", "de"),
    Marker(r"(?:(?:[àa] )?lire aussi|(?:[àa] )?voir aussi|sur le m[êe]me sujet|[àa] lire (?:[ée]galement|aussi)|lire la suite)\s?[:|>»-]", "Lire aussi : Les dix dates clés du scrutin", "fr"),
    Marker(r"(?:lea tambi[ée]n|leer m[áa]s|te puede interesar|tambi[ée]n te puede interesar|m[áa]s informaci[óo]n|noticia relacionada|relacionad[oa]s?)\s?[:|>»-]", "Lea también: Las claves de la reforma", "es"),
    Marker(r"(?:le puede interesar|(?:tambi[ée]n )?le podr[íi]a interesar|le recomendamos)\s?[:|>»-]", "Le puede interesar: Así será el nuevo metro", "es"),
    Marker(r"mehr (?:artikel|beitr[äa]ge|nachrichten) (?:aus|zu) (?:dieser|der|diesem) (?:rubrik|ressort|thema)[^\n:]{0,20}:", "Mehr Artikel aus dieser Rubrik gibt's hier: Kirche & Gesellschaft", "de"),
    Marker(r"(?:leggi anche|potrebbe interessarti|approfondisci|vedi anche|correlat[oi])\s?[:|>»-]", "Leggi anche: Le date del voto", "it"),
    Marker(r"(?:leia (?:tamb[ée]m|mais)|veja (?:tamb[ée]m|mais)|saiba mais|relacionad[oa]s?)\s?[:|>»-]", "Leia também: As datas da eleição", "pt"),
    Marker(r"(?:lees (?:ook|meer|verder)|bekijk ook|gerelateerd)\s?[:|>»-]", "Lees ook: De belangrijkste vragen", "nl"),
    Marker(r"(?:czytaj (?:te[żz]|tak[żz]e|wi[eę]cej|dalej)|zobacz (?:te[żz]|tak[żz]e|wi[eę]cej)|polecamy)\s?[:|>»-]", "Czytaj też: Najważniejsze pytania", "pl"),
    Marker(r"(?:читайте (?:также|тоже)|смотрите также|по теме|подробнее)\s?[:|>»-]", "Читайте также: Главные вопросы", "ru"),
    Marker(r"(?:lue my[öo]s|[čc]t[ěe]te (?:tak[ée]|d[áa]l)|[čc][íi]tajte (?:aj|tie[žz])|olvassa el|olvasd el|cite[șs]te [șs]i|διαβάστε (?:επίσης|ακόμη)|pro[čc]itajte (?:i|jo[šs])|preberite (?:tudi|[šs]e))\s?[:|>»-]", "Čtěte také: Nový most přes Vltavu", "*"),
    # "read more:" before a story link in Swedish, Danish and Norwegian ("Läs mer: Skolnedläggningar i Skåne")
    Marker(r"(?:l[äa]s (?:ocks[åa]|mer|vidare)|les (?:ogs[åa]|mer)|l[æa]s (?:ogs[åa]|mere)|se (?:ocks[åa]|ogs[åa]))\s?[:|>»-]", "Läs mer: Skolnedläggningar i Skåne", "*"),
)
TEASER_LINES: tuple[Marker, ...] = (
    Marker(r"read (?:more|next|on|the full (?:story|article))|more stories|more news|related(?: stories| articles| coverage| content| topics| links| posts| videos)?|you (?:may|might) also like|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared|recent)(?: [\w ]{1,20})?|top stories|latest(?: news| stories| articles| videos)?|more from [\w .'&-]{1,40}|more on this story|what to read next", "You might also like", "en"),
    Marker(r"trending(?: now| stories| topics| in [\w ]{1,20})?|popular(?: now| stories| posts)?|don'?t miss|must (?:read|watch|see)|more videos(?: \.{3})?|our latest stories|on our radar|just watched|editor'?s picks?|more great [\w ]{1,20} stories|previous (?:post|article|story)|next (?:post|article|story)|post navigation|in case you missed it|next up in [\w &'’-]{1,30}", "Trending Now", "en"),
    Marker(r"top-?(?:artikel|themen|news)|meistgelesene? artikel|neueste artikel|aktuelle (?:nachrichten|artikel|beitr[äa]ge)|mehr aus (?:dem ressort|der rubrik)|weitere (?:nachrichten|themen|beitr[äa]ge)|beliebte artikel|verwandte artikel|auch interessant|unsere empfehlungen?|das k[öo]nnte sie auch interessieren", "Mehr aus dem Ressort", "de"),
    Marker(r"dans la m[êe]me rubrique|sur le m[êe]me th[èe]me|(?:nos )?derni[èe]res? actualit[ée]s|[àa] d[ée]couvrir|les plus (?:lus|partag[ée]s|comment[ée]s)|articles? li[ée]s?", "Dans la même rubrique", "fr"),
    Marker(r"lo (?:m[áa]s (?:visto|le[íi]do|compartido)|[úu]ltimo)|[úu]ltimas noticias|tambi[ée]n te puede interesar|te recomendamos", "Lo más visto", "es"),
    Marker(r"ti potrebbe interessare|potrebbe interessarti anche|ultime notizie|altre notizie|pi[ùu] (?:letti|visti)", "Ultime notizie", "it"),
    Marker(r"[úu]ltimas not[íi]cias|mais (?:vistas|lidas|not[íi]cias)|veja mais|voc[êe] pode gostar", "Últimas notícias", "pt"),
    Marker(r"meer nieuws|het laatste nieuws|populair|aanbevolen", "Meer nieuws", "nl"),
    Marker(r"najnowsze|popularne|zobacz (?:tak[żz]e|r[óo]wnie[żz])|czytaj (?:tak[żz]e|r[óo]wnie[żz])|polecamy|wi[eę]cej (?:na ten temat|informacji)", "Zobacz także", "pl"),
    Marker(r"материалы по теме|популярное|последние новости|новости по теме|рекомендуем|ещё по теме|еще по теме", "Материалы по теме", "ru"),
    Marker(r"関連記事|相关新闻|相關新聞|baca juga|terkait|artikel terkait", "関連記事", "*"),
    Marker(r"mehr zum thema|lesen sie auch|meistgelesen|weitere artikel|das k[öo]nnte sie auch interessieren|empfehlungen", "Mehr zum Thema", "de"),
    Marker(r"[àa] lire aussi|lire aussi|sur le m[êe]me sujet|les plus lus|nos articles", "Sur le même sujet", "fr"),
    Marker(r"(?:noticias|notas|art[íi]culos) relacionad[oa]s|lo m[áa]s le[íi]do|te puede interesar|m[áa]s noticias|le[ae] tambi[ée]n", "Notas relacionadas", "es"),
    Marker(r"articoli correlati|leggi anche|i pi[ùu] letti|potrebbe interessarti", "Articoli correlati", "it"),
    Marker(r"not[íi]cias relacionadas|mais lidas|leia tamb[ée]m|veja tamb[ée]m", "Notícias relacionadas", "pt"),
    Marker(r"meest gelezen|lees ook|gerelateerde artikelen", "Meest gelezen", "nl"),
    Marker(r"najcz[eę][śs]ciej czytane|czytaj te[żz]|zobacz te[żz]|polecane", "Najczęściej czytane", "pl"),
    Marker(r"читайте также|самое читаемое|по теме|новости партн[её]ров", "Самое читаемое", "ru"),
    Marker(r"lue my[öo]s|[čc]t[ěe]te tak[ée]|[čc][íi]tajte aj|olvassa el|cite[șs]te [șs]i|διαβάστε επίσης|pro[čc]itajte i|preberite tudi", "Lue myös", "*"),
    Marker(r"l[äa]s (?:ocks[åa]|mer|vidare)|les (?:ogs[åa]|mer)|l[æa]s (?:ogs[åa]|mere)|relaterat|relatert|relateret|mest (?:l[äa]sta|leste|l[æa]ste)|fler(?:e)? (?:nyheter|nyheder|artikler|artiklar)", "Läs också", "sv"),
    Marker(r"[iİ]lgili haberler|benzer haberler|en [çc]ok okunanlar|di[ğg]er haberler|bunlar da ilginizi [çc]ekebilir", "İlgili Haberler", "tr"),
    Marker(r"relacionad[oa]s|segu[íi] leyendo|sigue leyendo|m[áa]s sobre este tema", "Seguí leyendo", "es"),
    Marker(r"ultima ora|ultim'ora|in evidenza|le altre notizie", "Ultima ora", "it"),
    Marker(r"more about|suggested (?:topics|reading|stories)|more in (?:this|the) (?:series|section)", "Suggested Topics:", "en"),
    # "read more" as a link label in the languages the entries above lack
    Marker(r"czytaj (?:wi[ęe]cej|dalej)|lire la suite|leer m[áa]s|leia mais|ler mais|lees (?:meer|verder)|leggi (?:tutto|l'articolo)|continue reading", "Czytaj dalej", "*"),
    # "more from" a place or section, as a whole line: "Mehr aus Kleinhausen", "Plus de Bretagne"
    Marker(rf"(?:mehr|alles) (?:aus|von|zu|zum|zur|über|rund um) (?:der |dem |den |die |das )?{_CAPS}|(?:plus|toute l'actualit[ée]|toute l'info|l'actualit[ée]) (?:de |du |des |d'|de la |en )?{_CAPS}|(?:m[áa]s|m[áa]s noticias|toda la actualidad) (?:de |del |de la |sobre |en )?{_CAPS}|(?:altro|altre notizie|tutte le notizie) (?:da |di |su |dal |dalla )?{_CAPS}|mais (?:de |do |da |sobre |not[íi]cias de )?{_CAPS}|meer (?:uit|over|van|nieuws uit) (?:de |het )?{_CAPS}|wi[ęe]cej (?:z|o|ze|na temat) {_CAPS}|more (?:from|on|about) (?:the )?{_CAPS}", "Mehr aus Kleinhausen", "*"),
    Marker(r"mehr (?:sport|politik|wirtschaft|kultur|nachrichten|news|videos|artikel|themen|beitr[äa]ge|ratgeber|tests|lokales|panorama|wissen|reise|digital)|plus d'(?:articles|actualit[ée]s|infos|vid[ée]os)|wi[ęe]cej (?:wiadomo[śs]ci|artyku[łl][óo]w|informacji z regionu)|more (?:stories|articles|videos|sport|sports|politics|business)", "Mehr Politik", "*"),
    # a related-stories heading in the wordings the entries above lack: "Artikel zum Thema", "Mirá también",
    # "Mehr Nachrichten aus Oberbayern", "Articles sur le même thème", "Notizie sullo stesso tema"
    Marker(
        rf"(?:artikel|beitr[äa]ge|meldungen|nachrichten) zum thema|mehr (?:nachrichten|news|meldungen|artikel|beitr[äa]ge) (?:aus|von|zu|zum|zur|über|rund um) (?:der |dem |den |die |das )?{_CAPS}"
        r"|mir[áa] (?:tambi[ée]n|m[áa]s)|(?:notas|noticias) sobre el mismo tema|articles? sur le m[êe]me th[èe]me|(?:articoli|notizie) sullo stesso (?:tema|argomento)"
        r"|(?:artigos|not[íi]cias) sobre o mesmo (?:tema|assunto)|artikelen over dit onderwerp|(?:artyku[łl]y|wi[ęe]cej) na (?:ten|podobny) temat|more (?:stories|articles) on this (?:topic|subject)",
        "Artikel zum Thema",
        "*",
    ),
    # "similar posts" under a post
    Marker(r"(?:[äa]hnliche|verwandte|passende|empfohlene|weiterf[üu]hrende) (?:beitr[äa]ge|artikel|themen|nachrichten|posts|storys|stories|inhalte|links|videos)|similar (?:posts|articles|stories)|you (?:might|may) (?:also )?(?:enjoy|be interested in)|articles? (?:similaires|recommand[ée]s|connexes)|(?:art[íi]culos|notas|noticias) (?:similares|recomendad[oa]s)|(?:articoli|notizie) (?:simili|consigliat[ie])|(?:artigos|mat[ée]rias|not[íi]cias) (?:semelhantes|recomendad[oa]s)|(?:vergelijkbare|gerelateerde|aanbevolen) (?:artikelen|berichten|verhalen)|(?:podobne|powi[ąa]zane|polecane) (?:artyku[łl]y|wpisy|posty|teksty)", "Passende Artikel", "*"),
    # "see also" and "more of the same kind" headings over a few story links, in the wordings above lack
    Marker(r"passend zum (?:artikel|thema)|das k[öo]nnte (?:dich|dir|euch) auch (?:interessieren|gefallen)|(?:dir|ihnen|euch) k[öo]nnte auch gefallen|weitere (?:tests|rezepte|reportagen|interviews|analysen|kommentare|ratgeber)|voir aussi|veja tamb[ée]m|vedi anche|zie ook|ver tambi[ée]n|more (?:reviews|recipes|guides|explainers)", "Passend zum Artikel", "*"),
    # "further guides on X", "all results of round 9": a heading over more links
    Marker(rf"weitere (?:artikel|beitr[äa]ge|ratgeber|storys|stories|nachrichten|meldungen|themen|videos|news|berichte)(?:(?: zum thema| zu| aus| im ressort)(?: der| dem| den)?|:) {_CAPS}", "Weitere Meldungen aus Nordstadt", "de"),
    Marker(rf"alle (?:spiele|ergebnisse|partien|artikel|beitr[äa]ge|meldungen|videos|news|nachrichten|termine)(?: (?:des|der|vom|zum|zur) \d{{1,3}}\. (?:spieltags?|runde|etappe|woche)| (?:zum thema|aus) (?:der |dem |den )?{_CAPS})|all (?:games|results|fixtures|matches|scores) (?:from|of|for|in) (?:matchday|round|week|gameweek) \d{{1,3}}|tous les (?:matchs|r[ée]sultats) de la \d{{1,2}}(?:e|[èe]me) journ[ée]e", "Alle Ergebnisse der 9. Runde", "*"),
    # related-stories headings in the wordings the entries above lack: "Lesen Sie mehr zum Thema", "Más
    # información", "Související", "Nejčtenější", "Da non perdere", "Recomendaciones", "Mer från TT",
    # "Le Phocéen vous recommande", "Все новости"
    Marker(rf"lesen sie mehr(?: zum thema| dazu| [üu]ber {_CAPS})?|m[áa]s informaci[óo]n|mais informa[çc][õo]es|souvisej[íi]c[íi](?: (?:[čc]l[áa]nky|zpr[áa]vy))?|nej[čc]ten[ěe]j[šs][íi]|nejnov[ěe]j[šs][íi](?: zpr[áa]vy)?|da non perdere|non perdere|recomendaciones|(?:mer|fler nyheter|mere|mer nytt) (?:fr[åa]n|fra) {_CAPS}|(?:{_CAPS}|nous) vous recommande|все новости|все материалы(?: по теме)?", "Mer från TT", "*"),
)

# A topic list's heading in Dutch ("Meer over" over the topics), Czech, Swedish, Danish, Norwegian: in
# ``LIST_HEADINGS`` over its list, and in ``BOILERPLATE_LINES`` alone.
_NORTHERN_TOPIC_HEADINGS = Marker(r"meer over|t[ée]mata|[šs]t[íi]tky|[äa]mnen|taggar|emner|emneord", "Témata", "*")

# Headings of a list of tag or topic links (the list itself follows, one link per line).
LIST_HEADINGS: tuple[Marker, ...] = (
    Marker(r"(?:related )?(?:topics?|tags?|keywords?)|filed under|schlagw[öo]rter|themen|mots-cl[ée]s|etiquetas|argomenti|tagi|теги|タグ", "Related Topics", "*"),
    Marker(r"archivado en|archiviato in|arquivado em|arkiverad under|konu etiketleri", "Archivado en:", "*"),
    Marker(r"schlagworte|stichw[öo]rter|suggested topics|temas|tematy|sujets", "Schlagworte", "*"),
    Marker(r"th[èe]mes|onderwerpen|trefwoorden|t[óo]picos|assuntos|etichette", "Onderwerpen", "*"),
    _NORTHERN_TOPIC_HEADINGS,
)

# Headings of a table of contents: links to the article's own sections, each printed again lower down as
# a section's subheading (``strip_contents`` checks that before removing anything).
CONTENTS_HEADINGS: tuple[Marker, ...] = (
    Marker(r"inhalt|inhalte|inhaltsverzeichnis|inhalts[üu]bersicht|in diesem (?:artikel|beitrag)|(?:das erwartet sie|darum geht es)(?: in diesem (?:artikel|beitrag))?", "Inhaltsverzeichnis", "de"),
    Marker(r"(?:table of )?contents|in this (?:article|story|guide|review|post)|jump to|skip to(?: section)?|on this page|what's (?:in|inside)(?: this (?:article|guide))?", "In this article", "en"),
    Marker(r"sommaire|table des mati[èe]res|dans cet article|au sommaire|(?:aller|acc[ée]der) (?:directement )?[àa]", "Sommaire", "fr"),
    Marker(r"[íi]ndice(?: de contenidos?)?|contenidos?|tabla de contenidos?|en (?:este|esta) (?:art[íi]culo|nota|gu[íi]a)|ir a", "Índice de contenidos", "es"),
    Marker(r"spis tre[śs]ci|w tym artykule|w artykule|z tego artyku[łl]u dowiesz si[ęe]", "Spis treści", "pl"),
    Marker(r"indice(?: dei contenuti)?|sommario|in questo articolo|contenuti", "Indice dei contenuti", "it"),
    Marker(r"[íi]ndice(?: de conte[úu]dos?)?|neste artigo|nesta p[áa]gina|conte[úu]dos?|sum[áa]rio", "Neste artigo", "pt"),
    Marker(r"inhoud(?:sopgave)?|in dit artikel|inhoudsopgave|ga (?:direct )?naar", "Inhoudsopgave", "nl"),
)

# --------------------------------------------------------------------------- page chrome
BOILERPLATE_LINES: tuple[Marker, ...] = (
    # The heading of a summary box above or inside the article (its bullet points are body, the
    # heading is the page's): "Das Wichtigste in Kürze", "Key points", "L'essentiel".
    Marker(
        r"(?:das )?wichtigste (?:in k[üu]rze|im [üu]berblick|zusammengefasst)|auf einen blick|kurz (?:&|und) knapp|(?:die )?kernpunkte"
        r"|key (?:points|takeaways|facts)|at a glance|the essentials|what you need to know|tl;? ?dr"
        r"|l'essentiel(?: [àa] retenir)?|ce qu'il faut retenir|en bref|lo (?:esencial|m[áa]s importante|que (?:hay que|debes) saber)|(?:las )?claves(?: de la noticia)?"
        r"|in (?:breve|sintesi)|in het kort|em resumo|o essencial|najwa[żz]niejsze(?: informacje)?|w skr[óo]cie|в двух словах|главное",
        "Das Wichtigste in Kürze",
        "*",
    ),
    # share bars: one to six of these words, in any order
    Marker(
        r"(?:(?:share|tweet|pin|email|e-mail|print|copy(?: link)?|link copied|facebook|twitter|x|linkedin|whatsapp|reddit|flipboard|pinterest|messenger|telegram|save|comment|comments|teilen|drucken|partager|imprimer|compartir|imprimir|condividi|stampa|partilhar|delen|udost[eę]pnij|поделиться)[\s,|/•·]{0,3}){1,8}",
        "Share Tweet Email",
    ),
    Marker(r"share (?:this|the) (?:article|story|page|post)(?: on [\w ]{1,20})?|share on (?:facebook|twitter|x|linkedin|whatsapp)|share via e-?mail|click to share[\w ]{0,30}|(?:open|close) share (?:menu|options)", "Share this article", "en"),
    Marker(r"(?:sign up|subscribe)(?: now| today| here)?(?: (?:for|to) [^\n]{0,60}(?:newsletter|briefing|e-?mails?|alerts?|updates|inbox|podcast|channel)[^\n]{0,60})?", "Sign up for our daily newsletter", "en"),
    Marker(r"(?:get|receive) (?:the|our) [\w '&-]{0,40}(?:newsletter|briefing|headlines|emails?) [^\n]{0,80}", "Get the morning briefing delivered to your inbox", "en"),
    Marker(r"(?:thank you for|thanks for) (?:subscribing|signing up|reading|watching)[^\n]{0,60}", "Thanks for watching!", "en"),
    Marker(r"newsletter(?: abonnieren| bestellen)?|jetzt (?:newsletter )?abonnieren|abonnez-vous[^\n]{0,60}|inscrivez-vous[^\n]{0,60}|suscr[íi]bete[^\n]{0,60}|iscriviti[^\n]{0,60}|assine[^\n]{0,60}|inschrijven[^\n]{0,60}|zapisz si[eę][^\n]{0,60}|подпишитесь[^\n]{0,60}", "Newsletter abonnieren", "*"),
    Marker(r"(?:\d{1,6} )?(?:comments?|replies)|(?:leave|post|add|write) a (?:comment|reply)|(?:show|view|hide|load|read) (?:all )?(?:\d{1,6} )?comments|join the (?:conversation|discussion)|comments are closed|be the first to comment", "Join the conversation", "en"),
    Marker(r"(?:\d{1,6} )?(?:kommentare?|commentaires?|comentarios?|commenti|coment[áa]rios?|reacties|komentarze?|комментари[йи])|(?:kommentar schreiben|laisser un commentaire|deja (?:un|tu) comentario|lascia un commento|deixe (?:um|seu) coment[áa]rio|reageer|dodaj komentarz|оставить комментарий)", "Kommentare", "*"),
    Marker(r"(?:copyright |©|\(c\) ){1,2}(?:\d{4}(?:[-–]\d{2,4})? )?[^\n]{0,80}(?:all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrze[żz]one|все права защищены|alla r[äa]ttigheter f[öo]rbeh[åa]llna|alle rettigheter reservert|alle rettigheder forbeholdes|t[üu]m haklar[ıi] sakl[ıi]d[ıi]r|版权所有|版權所有|無断転載(?:を)?禁(?:じます|止)?)\.?[^\n]{0,160}", "Copyright 2024 The Harbour Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", "*"),
    Marker(r"(?:all rights reserved|alle rechte vorbehalten|tous droits r[ée]serv[ée]s|todos los derechos reservados|tutti i diritti riservati|riproduzione riservata|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrze[żz]one|все права защищены|alla r[äa]ttigheter f[öo]rbeh[åa]llna|alle rettigheter reservert|alle rettigheder forbeholdes|t[üu]m haklar[ıi] sakl[ıi]d[ıi]r|版权所有|版權所有|無断転載(?:を)?禁(?:じます|止)?)\.?(?: ?(?:©|\(c\)) ?(?:copyright )?[\w .&-]{1,40})?", "Riproduzione riservata © Copyright Agenzia Porto", "*"),
    Marker(r"this (?:material|article) may not be (?:published|reproduced|copied)[^\n]{0,120}", "This material may not be published, broadcast, rewritten or redistributed.", "en"),
    Marker(r"(?:follow|like) us on [\w ,&]{1,60}|follow [\w .'-]{1,40} on (?:twitter|x|facebook|instagram)[^\n]{0,40}", "Follow us on Twitter and Facebook", "en"),
    Marker(r"click to (?:share|print|email|tweet|pin)[^\n]{0,80}|submit to [\w ]{1,20}\(opens in new window\)|[\w ]{1,40}\(opens in (?:a )?new window\)|(?:blog )?comments powered by disqus", "Click to share on Facebook (Opens in new window)", "en"),
    Marker(r"(?:click|tap) (?:here|to) (?:to )?(?:expand|enlarge|zoom|play|read more|view)[^\n]{0,40}|(?:expand|enlarge) (?:this )?image|toggle caption|hide caption|show caption|(?:view|see) (?:full ?screen|gallery|all photos)", "Enlarge this image", "en"),
    Marker(r"(?:related )?topics?:?|explore more on (?:these|this) topics?|more on (?:these|this) topics?|tags?:?|keywords?:?|filed under:?|schlagw[öo]rter|themen|mots-cl[ée]s|etiquetas|argomenti|archivado en|archiviato in|arquivado em|konu etiketleri", "Topics", "*"),
    Marker(r"(?:tags|tagged|tagged with|filed under|schlagw[öo]rter|mots-cl[ée]s|etiquetas|tagi|теги) ?[:|»>] [^\n]{1,200}", "Tags: Elections, Transport", "*"),
    Marker(r"(?:back to top|skip to (?:main )?content|main menu|menu|search|home|log ?in|sign ?in|register|close|cookies? (?:settings|policy)|privacy policy|terms of (?:use|service)|contact us|about us)", "Back to top", "en"),
    Marker(r"(?:we use cookies|this (?:site|website) uses cookies)[^\n]{0,200}", "We use cookies to improve your experience.", "en"),
    # share buttons in more languages of Europe: fi, cs, sk, hu, ro, el, hr/sr/bs, sl, tr
    Marker(r"jaa(?: artikkeli| juttu)?|sd[íi]let(?: [čc]l[áa]nek)?|zdie[ľl]a[ťt](?: [čc]l[áa]nok)?|megoszt[áa]s|megosztom|distribuie|κοινοποίηση|κοινοποιήστε|podijeli(?: [čc]lanak)?|podeli|deli [čc]lanek|payla[şs]", "Sdílet", "*"),
    # the site's footer links, in the languages of held-out pages: contact, privacy, legal notice, about,
    # terms, sitemap, accessibility, careers, advertising, social networks (each a whole line)
    Marker(
        r"(?:contact(?:s| us| the newsroom)?|kontakt(?:formular)?|contacto|contactos|contatti|contatto|contacte(?:z-nous)?|nous contacter|fale conosco|contato|neem contact op|skontaktuj si[eę] z nami"
        r"|privacy(?: policy| notice| settings| statement)?|datenschutz(?:hinweise|erkl[äa]rung|einstellungen)?|politique de confidentialit[ée]|pol[íi]tica de privacidade?|informativa (?:sulla )?privacy|privacybeleid|privacyverklaring|polityka prywatno[śs]ci"
        r"|impressum|mentions l[ée]gales|aviso legal|note legali|colofon|regulamin|agb|nutzungsbedingungen|conditions g[ée]n[ée]rales(?: d'utilisation| de vente)?|t[ée]rminos (?:y condiciones|de uso)|termos (?:de uso|e condi[çc][õo]es)|termini (?:e condizioni|di (?:uso|servizio))|algemene voorwaarden|terms (?:and|&) conditions"
        r"|about|[üu]ber uns|qui sommes-nous|qui[ée]nes somos|quem somos|chi siamo|over ons|o nas"
        r"|sitemap|site map|plan du site|mapa del sitio|mappa del sito|mapa do site|accessibility|barrierefreiheit|accessibilit[ée]|accesibilidad|accessibilit[àa]|toegankelijkheid"
        r"|careers|karriere|lavora con noi|trabalhe conosco|vacatures|kariera|advertise(?: with us)?|mediadaten|werben(?: bei uns)?|annoncer|anunciar|anuncie|adverteren|pubblicit[àa] su [\w ]{1,20}"
        r"|instagram|youtube|tiktok|threads|bluesky|mastodon|rss(?: feeds?)?|e-?paper|e-?edition|archive|archiv|archives|archivo|archivio|arquivo|archief|archiwum)",
        "Politique de confidentialité",
        "*",
    ),
    # text-size controls and the article's own buttons ("Email this article", "Reuse this content")
    Marker(r"(?:(?:normal|small|smaller|medium|large|larger|very large|default|increase|decrease|reset) )?(?:text|font) size|schriftgr[öo](?:ß|ss)e(?: (?:[äa]ndern|anpassen|normal|gro[ßs]|klein))?|taille (?:du )?(?:texte|police)|tama[ñn]o (?:de )?(?:la )?(?:letra|texto|fuente)|dimensione (?:del )?(?:testo|carattere)|tamanho (?:da )?(?:letra|fonte)|lettergrootte|rozmiar (?:czcionki|tekstu)", "Larger text size", "*"),
    Marker(r"(?:e-?mail|print|share|save|licen[cs]e|reuse|republish|reprint|bookmark|cite) this (?:article|story|content|page|post)", "Reuse this content", "en"),
    # a newsletter box's pitch, skip mark and small print: "Privacy Notice: Newsletters may contain ..."
    Marker(r"(?:skip past|after) newsletter promotion|privacy notice: [^\n]{1,200}|our [\w -]{1,30} (?:email|newsletter) (?:breaks down|brings you|delivers|gives you|rounds up)[^\n]{0,160}", "after newsletter promotion", "en"),
    # skip links a page prints before its menu, in the languages of held-out pages
    Marker(r"(?:direkt )?zum (?:haupt)?inhalt(?: springen| wechseln)?|inhalt überspringen|zur navigation(?: springen)?|(?:aller|passer|acc[ée]der) (?:directement )?au contenu(?: principal)?|(?:ir|saltar|pasar) al contenido(?: principal)?|(?:vai|salta|passa) al contenuto(?: principale)?|(?:ir|saltar|pular) para o conte[úu]do(?: principal)?|(?:ga |spring )?naar (?:de )?(?:hoofd)?inhoud|przejd[źz] do (?:tre[śs]ci|g[łl][óo]wnej tre[śs]ci)", "Aller au contenu principal", "*"),
    Marker(r"(?:report (?:a )?(?:typo|error|correction)|spotted an error\??|have a (?:news )?tip\??)[^\n]{0,80}", "Report a typo", "en"),
    # share widgets in their longer wordings
    Marker(r"share this(?: entry| story| article| post| with)?:?|sharing is caring!?|\d{0,6} ?shares?|show (?:more|all) sharing options|share all sharing options|share (?:this )?on:?(?: [\w+]{1,15}){0,6}|share your thoughts[^\n]{0,40}|print this (?:article|page|story)", "Share this:", "en"),
    Marker(r"(?:pocket|tumblr|mix|vk|vkontakte|odnoklassniki|google\+|sms|line|viber|xing|weibo|wechat)", "Tumblr", "*"),
    # comment forms
    Marker(r"(?:reply|report|replay|cancel reply|leave a (?:comment|reply)(?: cancel reply)?|notify me[^\n]{0,100}|(?:e-?mail|name|website) \(required\)?|website|email|save my name, email, and website[^\n]{0,80}|this site uses akismet to reduce spam[^\n]{0,80}|you must be logged in to post a comment\.?|loading comments\.{0,3}|like this:?|like loading\.{0,3}|loading(?: content)?\s?\.{0,3}|email me)", "Save my name, email, and website in this browser for the next time I comment.", "en"),
    # site controls around the article, by language: read aloud, bookmark, back to top, log in, paywall
    Marker(r"zur startseite|artikel (?:teilen|merken|drucken|vorlesen(?: lassen)?|anh[öo]ren|verschenken)|merken|weiterlesen|mehr (?:lesen|anzeigen)|zum artikel|zur merkliste(?: hinzuf[üu]gen)?|video abspielen|audio abspielen|vorlesen|nach oben|zur[üu]ck(?: zur [\w]{1,20})?|schlie[ßs]en|anmelden|registrieren|(?:jetzt )?(?:kostenlos )?(?:testen|weiterlesen|abonnieren|registrieren|anmelden)|bereits (?:abonnent|registriert)\??[^\n]{0,40}|exklusiv f[üu]r (?:abonnenten|abonnentinnen)[^\n]{0,40}|datenschutz(?:erkl[äa]rung)?|impressum", "Artikel vorlesen lassen", "de"),
    Marker(r"partager(?: (?:sur|par) [\w ]{1,20})?|retour en haut(?: de (?:la )?page)?|fermer|voir plus|lire plus tard|[ée]couter (?:cet |l')article|d[ée]j[àa] abonn[ée]\s?\??|se connecter|r[ée]agir|mentions l[ée]gales", "Retour en haut de la page", "fr"),
    Marker(r"compartir(?: en [\w ]{1,20})?|volver arriba|cerrar|ver m[áa]s|iniciar sesi[óo]n|guardar|escuchar (?:la noticia|el art[íi]culo)|aviso legal", "Volver arriba", "es"),
    Marker(r"udost[eę]pnij(?: na [\w ]{1,20})?|zamknij|zaloguj si[eę]|przejd[źz] do [\w ]{1,30}|pos[łl]uchaj (?:artyku[łl]u)?|skomentuj|wr[óo][ćc] na g[óo]r[eę]", "Zaloguj się", "pl"),
    Marker(r"condividi(?: su [\w ]{1,20})?|chiudi|leggi di pi[ùu]|accedi|ascolta (?:l'articolo|la notizia)|torna su", "Torna su", "it"),
    # calls to action and sign-up small print
    Marker(r"click here[^\n]{0,100}|tell us what you think[^\n]{0,40}|by (?:signing up|subscribing|clicking)[^\n]{0,200}|get [^\n]{1,60} delivered (?:to|through) your (?:inbox|letterbox|door)[^\n]{0,120}|copy link(?: url)?(?:copied!?)?|(?:link )?copied!?|share by (?:e-?mail|mail)|about the author|no comments(?: yet)?|keine kommentare|aucun commentaire|sin comentarios|nessun commento|sem coment[áa]rios|geen reacties|brak komentarzy", "CLICK HERE TO GET THE APP", "*"),
    # newsletter boxes: the box's title and its form messages
    Marker(r"(?:[\w'’&+-]{1,20} ){0,4}(?:newsletters?|e-?mail alerts)|breaking news e-?mails|see all newsletters|(?:please )?check the opt-in box[^\n]{0,80}|keep an eye on your inbox[^\n]{0,60}|there was an error processing your subscription\.?|you(?:'re| are) (?:now )?subscribed[^\n]{0,60}|i agree (?:that|to) [^\n]{0,60}newsletter[^\n]{0,40}", "See All Newsletters", "en"),
    # gallery chrome
    Marker(r"caption|back to gallery|close gallery|(?:open|view|launch|start) (?:the )?(?:gallery|slideshow)|next (?:image|slide|photo)|previous (?:image|slide|photo)|bildunterschrift|légende", "Back to Gallery", "*"),
    Marker(r"(?:follow|like) (?:us )?on (?:twitter|facebook|instagram|linkedin|youtube|tiktok)|follow (?:the )?[\w .'&-]{1,30} on(?: [\w ,&+]{1,40})?|follow (?:the )?(?:author|authors|topics?|writer)(?: of| within)? this (?:article|story)", "Follow on Twitter", "en"),
    Marker(r"(?:folgen sie uns|suivez-nous|s[íi]guenos|seguici|siga-nos|volg ons|obserwuj nas)(?: (?:auf|sur|en|su|no|op|na) [\w ,&]{1,40})?", "Folgen Sie uns auf Facebook", "*"),
    Marker(r"(?:dela|del|deel|payla[şs]|haberi payla[şs])(?: (?:artikeln|artikel|artikkelen|dit artikel|denna artikel|bu haberi|p[åa] [\w]{1,20}))?|分享到?[:：]?|シェア(?:する)?|【纠错】|【糾錯】|打印|关闭窗口", "Dela artikeln", "*"),
    Marker(r"(?:подписывайтесь|подпишитесь|следите за новостями)[^\n]{0,80}|(?:jetzt )?(?:kostenlos )?anmelden und [^\n]{0,100}|inscrivez-vous [^\n]{0,120}|recevez (?:chaque|notre|nos) [^\n]{0,100}(?:newsletter|actualit[ée])[^\n]{0,40}", "Подписывайтесь на Harbour News в Telegram", "*"),
    # a wire service's notice with the story's code under syndicated copy ("© dpa-infocom, dpa:...")
    Marker(r"(?:©|\(c\)) ?[\p{L}\d .&-]{1,40}, ?\p{L}{1,10}:? ?\d{6}[\d-]{0,20}(?:/\d{1,3})?", "© dpa-infocom, dpa:261127-99-041233/4", "*"),
    # breadcrumbs: the home page's name, then sections ("Startseite › Panorama › Tiere")
    Marker(r"(?:startseite|home|accueil|inicio|portada|in[íi]cio|strona g[łl][óo]wna|главная|etusivu|forside|startsida|hjem|voorpagina|anasayfa|ana sayfa|ホーム|首页|首頁)(?: ?[›>»/|] ?[\p{L}\p{N} &'.,-]{1,30}){1,6}", "Startseite › Panorama › Tiere", "*"),
    Marker(r"fehler gefunden\??(?: ?jetzt melden\.?)?|ottieni il codice embed|codice embed|opens? (?:in )?(?:a )?new (?:tab|window)|our standards: the thomson reuters trust principles\.?", "Fehler gefunden? Jetzt melden.", "*"),
    # a wire's licensing and standards links, also with the screen reader's ", opens new tab" run in
    Marker(r"(?:our standards: the thomson reuters trust principles\.?|purchase licensing rights)(?:,? opens (?:a )?new (?:tab|window))?", "Purchase Licensing Rights, opens new tab", "en"),
    # "Tags" in the languages the tag-list marker above lacks, with the tags after a colon
    Marker(r"(?:schlagworte|stichw[öo]rter|temas|tematy|sujets|th[èe]mes|argomenti|onderwerpen) ?[:|»>] [^\n]{1,200}", "Schlagworte: Kirchenasyl, Flüchtlinge", "*"),
    # the topic list's label in the words the entries above lack, with a list of capitalised topics after it:
    # "Themen: Autoindustrie, Arbeitsmarkt", "Topics: Transport, Budget", "Temi: Porto, Lavoro"
    Marker(r"(?:themen|topics|temi|t[óo]picos|assuntos|tematy artyku[łl]u|thema's) ?[:|»>] (?-i:\p{Lu}[^\n,;.]{0,40}(?:, ?\p{Lu}[^\n,;.]{0,40}){0,10})", "Themen: Autoindustrie, Arbeitsmarkt", "*"),
    # the topic list's label in the words the entries above lack, over two or more topics in any case:
    # "Topics: wildlife, koalas, road-transport", "Tag: Napoli, funicolare", "Ämnen: Göteborg, Kollektivtrafik",
    # "Témata: Brno, doprava", "Emner: Oslo, trafikk", "Etichete: Cluj, transport", "Etiketler: İzmir, ulaşım"
    Marker(r"(?:topics|tag|ämnen|emner|emneord|témata|tagy|štítky|etichete|subiecte|etiketler|konular|trefwoorden) ?[:|»>] [^\n,;.:]{1,40}(?:, ?[^\n,;.:]{1,40}){1,12}", "Ämnen: Göteborg, Kollektivtrafik", "*"),
    # share and follow prompts and news sent to a phone, in the wordings the entries above lack: "Sdílet na
    # Facebooku", "Bu haberi paylaşın", "Urmăriți-ne pe Google News", "Følg oss på Facebook", "Receba as
    # notícias da Agência Brasil no seu WhatsApp"
    Marker(r"sd[íi]let na [\w ]{1,20}|sd[íi]lejte(?: [\w ]{1,20})?|(?:bu )?haberi payla[şs][ıi]n|payla[şs][ıi]n", "Sdílet na Facebooku", "*"),
    Marker(r"(?:urm[ăa]ri[țţt]i-ne|f[øo]lg (?:oss|os)|f[öo]lj oss|sledujte n[áa]s)(?: (?:pe|på|p[åa]|na) [\w ]{1,30})?|bizi [\w ]{1,30} takip edin", "Urmăriți-ne pe Google News", "*"),
    Marker(r"(?:receba|recibe|recib[íi]|ricevi|get|erhalten sie) [^\n]{1,80} (?:no seu|en tu|on your|sul tuo|auf ihrem|auf ihr) (?:whatsapp|telegram|celular|m[óo]vil|phone|smartphone|handy)", "Receba as notícias da Agência Brasil no seu WhatsApp", "*"),
    # a newsletter's sign-up call too long for the entry above, or in the voseo ("Suscribite al newsletter de
    # Economía y recibí ...", "Abonnez-vous à notre infolettre pour recevoir ...", "Get our local newsletter, delivered ...")
    Marker(r"(?:abonnez-vous|inscrivez-vous|suscr[íi]bete|suscrib[íi]te|iscriviti|assine|inscreva-se|zapisz si[ęe]) [^\n]{0,40}(?:newsletter|infolettre|bolet[íi]n)[^\n]{0,160}", "Suscribite al newsletter de Economía y recibí las noticias cada lunes.", "*"),
    Marker(r"(?:get|receive) (?:the|our) [\w '&-]{0,40}newsletter, [^\n]{1,80}", "Get our local newsletter, delivered free each Friday", "en"),
    # a page's error-report call, paywall prompt and cookie banner in the languages the entries above lack:
    # "Vous avez trouvé une erreur ? Merci de nous la signaler.", "Per continuare a leggere abbonati a soli
    # 1 euro al mese", "Ten serwis wykorzystuje pliki cookies. ...", "Tento web používá soubory cookies."
    Marker(r"(?:vous avez (?:trouv[ée]|rep[ée]r[ée]) une (?:erreur|faute)|(?:you )?(?:found|spotted) an? (?:error|mistake|typo)|¿?(?:has )?encontr(?:ado|aste) un error|hai (?:trovato|notato) un errore|encontrou um erro|fout gezien|zauwa[żz]y[łl]e[śs] b[łl][ąa]d|našli jste chybu)\s?\?(?: [^\n]{1,60})?", "Vous avez trouvé une erreur? Merci de nous la signaler.", "*"),
    Marker(r"(?:per continuare a leggere|pour (?:continuer [àa] lire|lire la suite)|to (?:continue|keep) reading|para (?:seguir|continuar) leyendo|para continuar (?:lendo|a ler)|um weiterzulesen|om verder te lezen|aby czyta[ćc] dalej)(?=[^\n]{0,100}(?:abbona|abonn|subscri|suscri|assin|registr|log ?in|accedi|connect|prenumer|subskryp))[^\n]{1,160}", "Per continuare a leggere abbonati a soli 1 euro al mese", "*"),
    Marker(r"(?:ten |nasz |ta )?(?:serwis|strona|witryna) (?:wykorzystuje|u[żz]ywa|korzysta z) (?:pliki|plik[óo]w) cookies?[^\n]{0,200}|(?:tento|n[áa][šs]) web (?:pou[žz][íi]v[áa]|vyu[žz][íi]v[áa]) (?:soubory )?cookies?[^\n]{0,200}|acest site (?:folose[șşs]te|utilizeaz[ăa]) (?:cookie-uri|cookies?)[^\n]{0,200}", "Ten serwis wykorzystuje pliki cookies.", "*"),
    # share, bookmark and read-aloud controls in their other wordings
    Marker(r"link kopiert|link kopieren|bookmark(?: this(?: article| page)?)?|lesezeichen(?: setzen)?|(?:dodaj do )?zak[łl]adk[ia]|(?:escuche|escucha|escuchar) (?:este|el) art[íi]culo|[ée]couter (?:cet |l')article|ascolta (?:questo )?articolo|ou[çc]a (?:este|o) artigo|artikel (?:anh[öo]ren|vorlesen lassen)", "ESCUCHE ESTE ARTÍCULO", "*"),
    Marker(r"(?:s[íi]guenos|siganos|suivez-nous|seguici|folgen sie uns|obserwuj nas|do[łl][aą]cz do nas)(?: (?:en|sur|su|auf|na|w)(?: [\w ,&]{1,40})?)?", "Dołącz do nas na WhatsAppie", "*"),
    # comment prompts
    Marker(r"join (?:our|the) comment(?:ing|s)? (?:forum|section)[^\n]{0,80}|join thought-provoking conversations[^\n]{0,160}|(?:um|zum) (?:artikel|beitr[äa]ge?) (?:zu )?kommentieren[^\n]{0,100}|pour (?:commenter|r[ée]agir)(?: [àa])? (?:cet article|vous devez|il faut)[^\n]{0,80}|para comentar (?:esta noticia|este art[íi]culo|debes|tienes que|es necesario)[^\n]{0,80}|aby (?:doda[ćc] komentarz|skomentowa[ćc])[^\n]{0,20}(?:musisz|nale[żz]y|zaloguj)[^\n]{0,80}", "Um Artikel kommentieren zu können, müssen Sie sich anmelden.", "*"),
    # a newsletter box's pitch without the word "newsletter": the sign-up call with the newsletter's name
    # ("Sign up for The Morning Tide"), or "receive" with the news and how often ("Ricevi ogni mattina le
    # notizie della tua provincia", "Recibí las noticias más importantes de tu provincia todas las mañanas.")
    Marker(r"(?:sign up|subscribe) (?:for|to) (?-i:(?:The )?\p{Lu}[\p{L}'’&-]{1,20}(?: \p{Lu}[\p{L}'’&-]{1,20}){0,3})", "Sign up for The Morning Tide", "en"),
    Marker(
        r"(?:ricevi|recibe|recib[íi]|receba|recevez|re[çc]ois|receive|get|erhalten sie|bekommen sie|otrzymuj|ontvang)\s"
        r"(?=[^\n]{0,160}?\b(?:notizie|noticias|news|nachrichten|actualit[ée]s?|infos|informations|headlines|stories|wiadomo[śs]ci|informacje|nieuws|not[íi]cias|updates)\b)"
        r"(?=[^\n]{0,160}?\b(?:ogni (?:mattina|giorno|sera|settimana)|tutti i giorni|todas las (?:ma[ñn]anas|noches|semanas)|cada (?:ma[ñn]ana|d[íi]a|semana)|todas as manh[ãa]s|todos os dias"
        r"|chaque (?:matin|jour|soir|semaine)|tous les (?:matins|jours|soirs)|every (?:morning|day|weekday|evening|week)|jeden (?:morgen|tag|abend)|t[äa]glich|codziennie|ka[żz]dego (?:ranka|dnia|ranka)|elke (?:ochtend|dag|week)|dagelijks)\b)"
        r"[^\n]{1,160}",
        "Ricevi ogni mattina le notizie della tua provincia",
        "*",
    ),
    # a paywall's badge over the article: "Abonnés", "Réservé aux abonnés", "Nur für Abonnenten", "Subscriber only"
    Marker(
        r"abonn[ée]s|(?:article )?r[ée]serv[ée] aux abonn[ée]s|(?:nur )?f[üu]r abonnent(?:en|innen)|abo(?:-| )?(?:artikel|plus|inhalt)"
        r"|(?:for )?subscribers? (?:only|exclusive)|exclusive (?:for|to) subscribers|(?:exclusivo|solo|s[óo]lo) (?:para )?(?:suscriptores|socios|assinantes)"
        r"|riservato agli abbonati|(?:solo )?per (?:gli )?abbonati|(?:tylko )?dla (?:subskrybent[óo]w|prenumerator[óo]w)|(?:alleen )?voor abonnees|conte[úu]do exclusivo para assinantes",
        "Réservé aux abonnés",
        "*",
    ),
    # newsletter boxes: a newsletter's own name or a sign-up pitch that ends in its call to action
    Marker(r"newsletters? ?[:|–-]? (?:hier |jetzt )?(?:anmelden|abonnieren|bestellen)|newsletters?(?: (?-i:\p{Lu})[\p{L}'’-]{1,20}){1,2}", "Newsletter Brest", "*"),
    Marker(r"[^\n]{0,120}\bnewsletters?\b[^\n]{0,160}[.!?:] (?:sign up|subscribe|inscrivez-vous|abonnez-vous|suscr[íi]bete|reg[íi]strate|melden sie sich an|zapisz si[eę])[^\n]{0,40}", "The Harbour Daily newsletter is your go-to source for local news. Sign up here.", "*"),
    Marker(r"i would like to (?:be emailed|receive (?:e-?mails|offers|updates))[^\n]{0,80}(?:offers|events|products|promotions|newsletters?)[^\n]{0,80}", "I would like to be emailed about offers, events and updates from The Harbour Times.", "en"),
    # a copyright footer: the sign, a year, the owner ("© 2026 AFP", "(c) 2019 Harbour Media, Inc.");
    # a picture credit has no year ("© Jane Roe")
    Marker(r"(?:©|\(c\)|copyright)\s?@?\s?\d{4}(?:\s?[-–]\s?\d{2,4})?,?\s[\p{L}\d][^\n]{0,60}", "© 2026 AFP", "*"),
    # a script-free page's notice (trafilatura keeps <noscript> text)
    Marker(r"(?:please |you (?:need|must|have) to )?(?:enable|turn on|activate) javascript[^\n]{0,120}|javascript (?:is )?(?:required|disabled|deaktiviert)(?: (?:to|for|in order to) (?:view|read|use|display|play|see)[^\n]{0,100})?\.?|(?:bitte )?(?:aktivieren sie|aktiviere) javascript[^\n]{0,80}|(?:veuillez )?activer (?:le )?javascript[^\n]{0,80}|(?:por favor,? )?(?:habilite|active|activa) (?:el )?javascript[^\n]{0,80}|w[łl][aą]cz javascript[^\n]{0,80}", "Please enable JavaScript to read this article.", "*"),
    # a reader-tip box
    Marker(r"masz (?:newsa|temat|informacj[eę])[^\n]{0,120}|(?:haben sie|hast du) (?:einen )?(?:hinweis|tipp) f[üu]r (?:die|unsere) redaktion\??[^\n]{0,100}|¿?(?:tienes|tiene) (?:una )?(?:noticia|denuncia)\? (?:env[íi]a|escr[íi]b|cont[áa]ct)[^\n]{0,100}|vous avez (?:une )?(?:info|information)\s?\? (?:contactez|[ée]crivez|envoyez)[^\n]{0,100}", "Masz newsa, zdjęcie lub filmik? Prześlij nam przez formularz.", "*"),
    # editors' initials under wire copy ("epd lhe mih", "mal/ mhr/"): only short lowercase tokens
    # (slashes between them, or three to five tokens of exactly three letters)
    Marker(r"(?-i:[a-z]{2,4})(?:/ ?(?-i:[a-z]{2,4})){1,5}/?|(?-i:[a-z]{3})(?: (?-i:[a-z]{3})){2,4}", "epd lhe mih", "*"),
    Marker(r"(?-i:[a-z]{2,4})/(?: (?-i:[a-z]{2,4})/){1,5}", "mal/ mhr/", "*"),
    # AFP's desk codes join two desks' initials with a hyphen before the slash: "ab-mpa/cbn", "jmb-fm/dth"
    Marker(r"(?-i:[a-z]{2,4})-(?-i:[a-z]{2,4})(?:/ ?(?-i:[a-z]{2,4})(?:-(?-i:[a-z]{2,4}))?){1,4}", "ab-mpa/cbn", "*"),
    # share prompts in words ("Teile diesen Beitrag", "Compartí esta nota") and pin buttons
    Marker(r"(?:teile|teilt|teilen sie) (?:diesen|den) (?:beitrag|artikel|post|text)(?: mit [\p{L} ]{1,30})?|(?:diesen )?(?:beitrag|artikel) (?:empfehlen|weiterempfehlen)|partage[rz]? (?:cet |l')article|compart[ií](?:r|lo)? (?:esta|la) (?:nota|noticia)|comparte (?:esta|la) (?:nota|noticia)|condividi (?:questo |l')articolo|compartilh(?:e|ar) (?:esta|essa) (?:not[íi]cia|mat[ée]ria)|deel (?:dit|het) (?:artikel|bericht)|udost[ęe]pnij (?:ten )?(?:artyku[łl]|wpis)|share (?:this|the) post|pin (?:it|me|this)(?: (?:on|auf) pinterest)?!?|(?:(?:dir|ihnen|euch) (?:hat|haben) [^?\n]{1,50}\? |gef[äa]llt (?:dir|ihnen|euch) [^?\n]{1,50}\? )?(?:dann )?(?:merke?|pinne?|teile?|folge?|like) (?:ihn|sie|es|uns|den beitrag|diesen beitrag)(?: dir)? auf (?:pinterest|facebook|instagram|whatsapp)!?", "Teilen Sie diesen Artikel mit Freunden", "*"),
    # follow and like prompts, with the exclamation mark trimming keeps
    Marker(r"(?:polub nas|do[łl][aą]cz do nas|obserwuj nas)(?: na [\p{L}]{1,20})?!?|(?:like|folgt?) (?:uns|unserer seite) auf [\p{L}]{1,20}!?|werde fan (?:auf|von) [\p{L} ]{1,30}!?|(?:rejoignez|suivez)-nous sur [\p{L} ]{1,30}!?|aimez notre page(?: sur [\p{L}]{1,20})?!?|seguinos en [\p{L}, ]{1,30}!?|curta nossa p[áa]gina(?: no [\p{L}]{1,20})?!?|like ons op [\p{L}]{1,20}!?|join us on (?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok|youtube|linkedin|threads|bluesky|mastodon)!?|join our [\p{L}' ]{1,30} (?:community|channel|group)(?: on [\p{L}]{1,20})?(?: for [^\n]{1,60})?", "Polub nas na Instagramie!", "*"),
    # stay-informed and to-your-inbox pitches of a newsletter box
    Marker(r"(?:bleib|bleiben sie|stay|restez|mantente|mant[ée]ngase|resta|rimani|blijf|b[ąa]d[źz]) (?:immer )?(?:auf dem laufenden|informiert|up to date|in the know|informed|inform[ée]s?|al d[íi]a|informad[oa]|aggiornat[oi]|op de hoogte|na bie[żz][ąa]co)(?: (?:mit|with|avec|con|met|z|sur|on|über|about) [\p{L}\p{N} ,.'’&-]{1,60})?[.!]?", "Bleiben Sie auf dem Laufenden mit unserem Newsletter!", "*"),
    Marker(r"(?:get|receive|sign up (?:for|to get)|subscribe (?:for|to get)) [^\n]{1,120} (?:sent|delivered|straight|direct(?:ly)?|right)(?: straight| directly)? (?:to|into|in) your (?:inbox|e-?mail)[^\n]{0,60}|(?:erhalten sie|hol dir|holen sie sich|bekommen sie|die wichtigsten) [^\n]{1,120}(?:in ihr(?:em)?|in dein(?:em)?|ins) (?:e-mail-)?postfach[^\n]{0,60}|(?:recevez|recibe|recib[íi]|ricevi|receba|ontvang|otrzymuj) [^\n]{1,120}(?:bo[îi]te (?:mail|e-mail|de r[ée]ception|aux lettres)|(?:tu|su) (?:correo|bandeja|email|e-mail)|(?:tua|la tua) (?:casella|email|mail)|seu e-?mail|(?:je|uw) (?:inbox|mailbox)|skrzynk[ęe])[^\n]{0,60}", "Receive the day's top stories straight to your inbox.", "*"),
    # a newsletter's name with joining words ("Newsletter L'Info du Finistère") and its sign-up small print
    Marker(rf"newsletters? {_CAPS}|we use your sign-?up[^\n]{{0,220}}|(?:you can|you may) unsubscribe at any time[^\n]{{0,60}}|(?:sie können sich|du kannst dich) jederzeit (?:wieder )?abmelden[^\n]{{0,60}}|vous pouvez vous d[ée]sinscrire [àa] tout moment[^\n]{{0,60}}", "Newsletter L'Info du Finistère", "*"),
    # a blog's comment thread and form: headings, buttons, field labels and notices
    Marker(r"(?:\d{1,5}|ein|eine|one|une?|uno|una|um|uma|een|jeden|jedna) (?:gedanken?|kommentare?|antworten|reaktionen|meinungen|thoughts?|comments?|responses?|replies|reply|r[ée]flexions?|commentaires?|r[ée]ponses?|comentarios?|respuestas?|commenti|commento|risposte|coment[áa]rios?|respostas?|reacties|reactie|gedachten|komentarz[ey]?|komentarzy|odpowiedzi|my[śs]li) (?:zu|on|to|about|sur|au sujet de|à|sobre|en|su|a|em|op|over|do|na temat|dla) [„“\"«‘‚'][^\n]{1,200}", "3 Gedanken zu „Unser Balkon im Winter“", "*"),
    Marker(r"antworten|antwort|beantworten|r[ée]pondre|responder|rispondi|odpowiedz|beantwoorden|reageren", "Antworten", "*"),
    Marker(r"(?:schreibe|schreib|hinterlasse|hinterlassen sie) (?:einen|deinen|ihren) kommentar(?: zu [^\n]{1,80})?|(?:kommentar|antwort) (?:abschicken|absenden|senden|ver[öo]ffentlichen|abbrechen)|publier (?:le|un) commentaire|laisser une r[ée]ponse|annuler (?:la )?r[ée]ponse|deja una respuesta|cancelar (?:la )?respuesta|publicar (?:el )?comentario|enviar comentario|invia (?:il )?commento|annulla (?:la )?risposta|lascia una risposta|publicar coment[áa]rio|cancelar resposta|deixe uma resposta|geef een reactie|reactie (?:plaatsen|versturen)|annuleer reactie|opublikuj komentarz|anuluj (?:odpowied[źz]|pisanie odpowiedzi)|post (?:a )?comment|submit comment", "Hinterlasse einen Kommentar", "*"),
    Marker(r"kommentar|name|e-?mail|e-mail-adresse|website|webseite|nom|commentaire|site (?:web|internet)|courriel|nombre|comentario|correo electr[óo]nico|sitio web|nome|commento|sito web|coment[áa]rio|naam|reactie|e-?mailadres|imi[ęe]|komentarz|witryna(?: internetowa)?|adres e-?mail", "E-Mail *", "*"),
    Marker(r"(?:deine|ihre) e-?mail-adresse wird nicht ver[öo]ffentlicht[^\n]{0,120}|votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publi[ée]e[^\n]{0,120}|tu (?:direcci[óo]n de )?correo electr[óo]nico no ser[áa] publicad[oa][^\n]{0,120}|il tuo indirizzo (?:e-?mail )?non sar[àa] pubblicato[^\n]{0,120}|o seu endere[çc]o (?:de )?e-?mail n[ãa]o ser[áa] publicado[^\n]{0,120}|je e-?mailadres wordt niet gepubliceerd[^\n]{0,120}|tw[óo]j adres e-?mail nie zostanie opublikowany[^\n]{0,120}|your email address will not be published[^\n]{0,120}|pflichtfelder sind mit \* markiert\.?|required fields are marked ?\*?", "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.", "*"),
    Marker(r"meinen namen,? (?:und )?(?:meine )?e-?mail[^\n]{0,160}kommentiere\.?|(?:enregistrer|sauvegarder) mon nom[^\n]{0,160}commentaire\.?|guarda mi nombre[^\n]{0,160}comente\.?|salva il mio nome[^\n]{0,160}commento\.?|salvar meus dados[^\n]{0,160}comentar\.?|mijn naam, e-?mail[^\n]{0,160}reactie plaats\.?|zapisz moje dane[^\n]{0,160}komentarzy\.?", "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, bis ich wieder kommentiere.", "*"),
    # links to the comments or the forum, and notices about who may see them
    Marker(r"(?:jetzt |hier )?(?:kommentieren|mitdiskutieren|mitreden)|diskutieren sie mit|diskutiere mit|(?:alle )?kommentare? (?:lesen|anzeigen|ansehen|einblenden|[öo]ffnen|schreiben|verfassen)(?: \(\d{1,6}(?: [\p{L}]{1,12})?\)?)?|zum forum(?: \(\d{1,6}(?: [\p{L}]{1,12})?\)?)?|zu den kommentaren(?: \(\d{1,6}\)?)?|(?:die )?kommentar(?:funktion|bereich|e) (?:sind|ist|wurden?|werden) [^\n]{0,60}(?:sichtbar|geschlossen|deaktiviert|moderiert|freigeschaltet|verf[üu]gbar|aktiviert)[^\n]{0,40}|(?:voir|lire|afficher) (?:les )?(?:\d{1,6} )?(?:commentaires|r[ée]actions)|(?:ver|leer|mostrar) (?:los )?(?:\d{1,6} )?comentarios|(?:leggi|vedi|mostra) (?:i )?(?:\d{1,6} )?commenti|(?:ver|ler) (?:os )?(?:\d{1,6} )?coment[áa]rios|(?:bekijk|lees) (?:de )?(?:\d{1,6} )?reacties|(?:zobacz|czytaj|poka[żz]) (?:wszystkie )?(?:\d{1,6} )?komentarze", "Kommentare anzeigen (12 Beiträge)", "*"),
    # a blog's tag line without a colon ("Tagged baking, bread") and a related post's category
    Marker(r"(?:tagged|tagged with|getaggt|verschlagwortet mit) [\p{L}\p{N}#'’&-]{1,30}(?: [\p{L}\p{N}#'’&-]{1,30}){0,2}(?:, [\p{L}\p{N}#'’&-]{1,30}(?: [\p{L}\p{N}#'’&-]{1,30}){0,2}){1,12}|(?:in|dans|en|w) [„“\"«‘][^„“”\"«»‘’\n]{1,40}[“”\"»’]", "Tagged baking, sourdough, weekend", "*"),
    # a summary box's heading (its points are the article's own text and stay)
    Marker(r"das wichtigste in k[üu]rze|das wichtigste im [üu]berblick|auf einen blick|in k[üu]rze|key points|at a glance|en bref|l'essentiel|en resumen|lo m[áa]s importante|in breve|in sintesi|em resumo|in het kort|w skr[óo]cie|najwa[żz]niejsze informacje", "Das Wichtigste im Überblick", "*"),
    # single-word controls (send by mail, listen) and a sports page's links to its table and live ticker
    Marker(r"envoyer(?: par (?:e-?mail|courriel))?|[ée]couter|escuchar|anh[öo]ren|ascoltare|ouvir|luisteren|pos[łl]uchaj|tabelle|spielplan|liveticker(?: zum nachlesen)?", "Écouter", "*"),
    # a press release: its label, contact block and distributor's notice
    Marker(r"(?:presse|medien|media|press|pr)[- ]?(?:kontakte?|anfragen|contacts?|inquiries|enquiries)|kontakt f[üu]r (?:journalisten|medien|die presse)|(?:f[üu]r )?r[üu]ckfragen(?: (?:bitte )?(?:an|wenden sie sich an))?|r[üu]ckfragehinweis|contacts? (?:presse|m[ée]dias?)|contactos? (?:de|para) (?:prensa|medios)|contatt[oi] (?:stampa|per la stampa)|contatos? (?:para|de) (?:a )?imprensa|perscontact|persinformatie|kontakt (?:dla (?:medi[óo]w|prasy)|prasowy)|pressestelle|pressemitteilung|presseinformation|press release|communiqu[ée] de presse|comunicado de prensa|nota de prensa|comunicato stampa|comunicado (?:de|[àa]) imprensa|persbericht|komunikat prasowy|pressemappe", "Medienkontakt:", "*"),
    Marker(r"original-?content von:? [^\n]{1,80}|originaltext:? [^\n]{1,80}|digitale pressemappe:? [^\n]{1,120}|weitere storys:? [^\n]{1,60}|ots:? [^\n]{1,80}", "Original-Content von: Muster Logistik GmbH, übermittelt durch news aktuell", "de"),
    Marker(r"(?:telefon|tel\.?|fon|fax|mobil|mobile|handy|phone|t[ée]l[ée]phone|t[ée]l\.?|tel[ée]fono|telefone|telefoon|telefono|m[óo]vil|cell|mob\.?) ?:? ?\+?[\d(][\d ()/+.–-]{5,30}|(?:e-?mail|mail|courriel|correo(?: electr[óo]nico)?|adres e-?mail) ?:? ?[\w.+-]{1,64}@[\w.-]{1,100}|(?:internet|web(?:site)?|homepage) ?: ?(?:https?://)?[\w.-]{1,100}\.[a-z]{2,10}(?:/[^\s]{0,80})?", "Tel.: +49 30 1234 5678", "*"),
    # a consent placeholder where an embedded video, post or map would load
    Marker(r"mit (?:ihrer|deiner) (?:zustimmung|einwilligung) (?:wird|werden) (?:hier |an dieser stelle )?(?:ein |eine )?externe[rsn]? [^\n]{1,60}(?:geladen|angezeigt|eingebunden)\.?|ich bin damit einverstanden,? dass mir externe[^\n]{0,220}|(?:empfohlener|externer) (?:redaktioneller )?inhalt(?: von [\p{L}\p{N} .-]{1,30})?|(?:an dieser stelle|hier) [^\n]{0,80}(?:externe[rsn]?|eingebettete[rsn]?) (?:inhalte?|videos?|beitr[äa]ge?|tweets?|posts?|grafiken?|karten?|umfragen?|podcasts?)[^\n]{0,140}|(?:externe[rn]? )?inhalte? (?:laden|anzeigen|aktivieren|erlauben|zulassen|nachladen)|(?:beim|durch das) (?:abspielen|laden|aktivieren|anzeigen)[^\n]{0,60}(?:daten|informationen)[^\n]{0,40}(?:dritte|anbieter|übermittelt)[^\n]{0,60}|hinweis zum datenschutz:? [^\n]{0,160}|mehr (?:dazu|informationen|infos) (?:in|finden sie in) (?:unserer|der) datenschutzerkl[äa]rung\.?", "Mit Ihrer Zustimmung wird hier eine externe Karte (OpenStreetMap) angezeigt.", "de"),
    Marker(r"ce contenu (?:est|a [ée]t[ée]) bloqu[ée][^\n]{0,200}|(?:pour (?:afficher|voir|visualiser) ce contenu|ce contenu (?:n[ée]cessite|requiert))[^\n]{0,150}(?:cookies|consentement|accept)[^\n]{0,100}|en cliquant sur « ?j'accepte ?»[^\n]{0,200}|(?:param[ée]trer|g[ée]rer|modifier) (?:les|mes|vos) (?:cookies|choix|pr[ée]f[ée]rences)(?: (?:de )?cookies)?|j'accepte(?: les cookies)?", "Pour afficher ce contenu, vous devez accepter les cookies de la plateforme.", "fr"),
    Marker(r"(?:this|the) (?:content|embed|video|post|tweet|map) (?:is|has been) (?:blocked|hidden|not (?:available|displayed|shown))[^\n]{0,60}(?:cookies|consent|privacy|permission|preferences)[^\n]{0,100}|to (?:view|see|display|show you|load) this (?:content|embed|video|post|tweet|map)[^\n]{0,150}(?:cookies|consent|accept|permission|allow)[^\n]{0,100}|this (?:content|embed) is (?:provided|hosted) by [^\n]{0,80}(?:cookies|consent|privacy)[^\n]{0,160}|(?:manage|change|update) (?:my |your )?(?:cookie|privacy|consent) (?:settings|preferences|choices)|(?:accept|allow|enable) (?:cookies|all cookies|and continue|targeting cookies)|(?:click|tap) to (?:load|show|view) (?:external )?(?:content|embed|video|tweet)", "To view this content, you need to accept cookies from the embed's provider.", "en"),
    Marker(r"(?:este|el) contenido (?:est[áa] bloqueado|no (?:est[áa] disponible|se puede mostrar))[^\n]{0,150}|para (?:ver|visualizar|mostrar) (?:este|el) contenido[^\n]{0,150}(?:cookies|consentimiento|acept)[^\n]{0,80}|questo contenuto (?:[èe] bloccato|non [èe] disponibile)[^\n]{0,150}|per (?:visualizzare|vedere) (?:questo|il) contenuto[^\n]{0,150}(?:cookie|consenso|accett)[^\n]{0,80}|(?:este|esse) conte[úu]do (?:est[áa] bloqueado|n[ãa]o est[áa] dispon[íi]vel)[^\n]{0,150}|para (?:ver|visualizar) (?:este|esse) conte[úu]do[^\n]{0,150}(?:cookies|consentimento|aceit)[^\n]{0,80}|deze (?:inhoud|content) (?:is geblokkeerd|kan niet worden (?:weergegeven|getoond))[^\n]{0,150}|om deze (?:inhoud|content) te (?:zien|bekijken|tonen)[^\n]{0,150}(?:cookies|toestemming|accepteer)[^\n]{0,80}|(?:ta|t[ęe]) tre[śs][ćc] (?:jest zablokowana|nie jest dost[ęe]pna)[^\n]{0,150}|aby (?:zobaczy[ćc]|wy[śs]wietli[ćc]) t[ęe] tre[śs][ćc][^\n]{0,150}(?:cookies|ciasteczek|zgod|zaakceptuj)[^\n]{0,80}|(?:dieser|der) inhalt (?:ist blockiert|kann nicht angezeigt werden|wird nicht angezeigt)[^\n]{0,150}|um (?:diesen|den) inhalt (?:zu sehen|anzuzeigen|zu laden)[^\n]{0,150}(?:cookies|zustimm|einwillig|akzeptier|aktivier)[^\n]{0,80}", "Para ver este contenido es necesario aceptar las cookies de terceros.", "*"),
    # an affiliate-links notice (longer than the ad labels' 16 words) and a shop's price button
    Marker(r"\*? ?(?:hinweis:? |transparenz(?:hinweis)?:? |werbung ?[|:/-]? ?)?(?:bei den mit [^\n]{1,40} (?:gekennzeichneten|markierten) links|(?:die )?mit (?:einem )?(?:sternchen(?: \(\*\))?|\*|\(\*\)) (?:gekennzeichneten|markierten) links|(?:dieser|der) (?:artikel|beitrag|text|post) enth[äa]lt (?:sogenannte )?(?:affiliate-?links|werbelinks|provisionslinks))[^\n]{0,200}|(?:this|the) (?:article|post|story|page) (?:contains|may contain|includes) affiliate links[^\n]{0,160}|(?:cet article|ce contenu) (?:contient|peut contenir) des liens (?:d'affiliation|affili[ée]s|sponsoris[ée]s)[^\n]{0,200}|(?:este art[íi]culo|esta nota|este contenido) (?:contiene|incluye|puede contener) enlaces (?:de afiliados?|afiliados)[^\n]{0,200}|questo articolo contiene link (?:di )?affiliazione[^\n]{0,200}|(?:este artigo|esta mat[ée]ria) (?:cont[ée]m|inclui) links (?:de afiliados?|afiliados)[^\n]{0,200}|(?:dit artikel|deze pagina) bevat affiliate ?links[^\n]{0,200}|(?:artyku[łl]|tekst|wpis) zawiera linki (?:afiliacyjne|partnerskie)[^\n]{0,200}", "Die mit Sternchen (*) gekennzeichneten Links sind Provisionslinks.", "*"),
    Marker(rf"(?:(?:view|see|buy|shop|check) (?:it )?(?:at|on)|(?:voir|acheter) (?:sur|chez)|(?:ver|comprar) (?:en|na)|(?:vedi|acquista) su|(?:bekijk|koop) bij|(?:zobacz|kup) (?:w|na)) {_CAPS}|(?:bei|auf) {_CAPS} (?:ansehen|kaufen|bestellen)|{_PRICE} (?:at|bei|chez|en|su|na|bij|w) {_CAPS}|today'?s best [^\n]{{1,60}} deals?", "Bei Elektro Nord ansehen", "*"),
    # a paywall: the notice, the trial offer and its price, the log-in for subscribers
    Marker(r"(?:dieser|der) (?:artikel|beitrag|inhalt|text) ist (?:nur|exklusiv|ausschlie[ßs]lich) f[üu]r (?:abonnent(?:en|innen|\*innen|:innen)(?: und abonnent(?:en|innen))?|[\p{L}\p{N}+]{1,20}-?(?:abonnent(?:en|innen)|kunden|mitglieder)|registrierte (?:nutzer|leser)(?:innen)?|mitglieder)(?: (?:sichtbar|verf[üu]gbar|lesbar|zug[äa]nglich|freigeschaltet|bestimmt))?[.!]?|(?:this|the) (?:article|story|content) is (?:only |exclusively )?(?:available |reserved )?(?:for|to) (?:our )?(?:subscribers|members|premium (?:subscribers|members))(?: only)?|(?:cet |l')article est r[ée]serv[ée] (?:aux|à nos) abonn[ée]s|la suite (?:de cet article )?est r[ée]serv[ée]e (?:aux|à nos) abonn[ée]s|(?:article|contenu) r[ée]serv[ée] aux abonn[ée]s|(?:este|esta) (?:art[íi]culo|contenido|nota|noticia) es (?:exclusiv[oa] )?(?:para|de) (?:suscriptores|abonados|socios)|(?:contenido|art[íi]culo) exclusivo para (?:suscriptores|abonados|socios)|(?:questo )?(?:articolo|contenuto) (?:[èe] )?riservato (?:agli|ai) (?:abbonati|iscritti)|(?:esta |este )?(?:mat[ée]ria|conte[úu]do|artigo|reportagem) (?:[ée] )?exclusiv[oa] para assinantes|(?:dit|het) artikel is (?:alleen|exclusief) (?:beschikbaar |te lezen )?voor abonnees|(?:ten )?(?:artyku[łl]|tekst|materia[łl]) (?:jest )?dost[ęe]pny (?:tylko |wy[łl][ąa]cznie )?dla (?:subskrybent[óo]w|prenumerator[óo]w|abonent[óo]w)", "Dieser Beitrag ist nur für Plus-Abonnenten verfügbar.", "*"),
    Marker(r"jetzt [\p{L}\p{N}+-]{1,15}(?: [\p{L}\p{N}+-]{1,15})? (?:testen|lesen|abonnieren|freischalten|sichern|abschlie[ßs]en)(?: und (?:weiterlesen|weiter lesen|alle artikel lesen))?|(?:subscribe|sign up|register|log in) (?:now |today )?to (?:continue reading|read (?:the full|this|more)|unlock)[^\n]{0,60}|(?:start|try) (?:your )?free trial[^\n]{0,40}", "Jetzt Digital-Abo testen und weiterlesen", "*"),
    Marker(rf"\d{{1,2}} (?:monat|monate|wochen?|tage|jahr|month|months|weeks?|mois|semaines?|mes|meses|mese|mesi|m[êe]s|maand(?:en)?|miesi[ąa]c[ey]?|tydzie[ńn]|tygodnie) (?:f[üu]r|for|pour|à|por|a|per|voor|za) (?:nur |only |seulement |solo )?{_PRICE}|(?:danach|anschlie[ßs]end|dann|then|thereafter|puis|ensuite|despu[ée]s|luego|poi|depois|daarna|potem|nast[ęe]pnie) (?:nur |only )?{_PRICE}[^\n]{{0,20}}(?:monatlich|pro monat|im monat|/ ?monat|j[äa]hrlich|pro jahr|a month|per month|/ ?month|/ ?mo|a year|per year|par mois|/ ?mois|par an|al mes|/ ?mes|al a[ñn]o|al mese|/ ?mese|por m[êe]s|/ ?m[êe]s|per maand|/ ?maand|miesi[ęe]cznie|/ ?mies|za miesi[ąa]c)[^\n]{{0,60}}", "3 Monate für 1 €", "*"),
    Marker(r"(?:sie sind|du bist) bereits (?:abonnent(?:in)?|registriert|kunde|kundin)(?:\?[^\n]{0,40})?|already (?:a subscriber|subscribed|have an account|registered|a member)(?:\?[^\n]{0,40})?|¿?ya (?:eres|es|est[áa]s) (?:suscriptor|suscrito|abonado|registrado)(?:\?[^\n]{0,40})?|(?:sei|[èe]) gi[àa] abbonato(?:\?[^\n]{0,40})?|j[áa] (?:[ée]|sou) assinante(?:\?[^\n]{0,40})?|al abonnee(?:\?[^\n]{0,40})?|masz ju[żz] (?:konto|subskrypcj[ęe]|prenumerat[ęe])(?:\?[^\n]{0,40})?|vous [êe]tes d[ée]j[àa] abonn[ée](?:\s?\?[^\n]{0,40})?", "Already a subscriber? Sign in", "*"),
    # an appeal for the readers' money: support, donate, become a member, in the languages of held-out pages
    Marker(
        r"(?:please )?(?:support|fund|back) (?:(?:independent|local|quality|fearless|free|our|the) ){0,3}(?:journalism|reporting|newsroom|work)[^\n]{0,200}"
        r"|(?:please )?consider (?:supporting|subscribing to|donating to|becoming a member of) [^\n]{1,200}"
        r"|[^\n]{0,120}(?:please )?consider (?:becoming an? (?:member|supporter|subscriber|patron)|supporting (?:us|our (?:work|journalism|reporting)))[^\n]{0,160}"
        r"|if you (?:value|enjoy(?:ed)?|appreciate|like|rely on) (?:our|this|reading (?:our|this)) (?:journalism|reporting|work|article|story|content|newsletter|coverage|site)[^\n]{0,200}"
        r"|(?:become|join us as) an? (?:member|supporter|patron|subscriber)(?: today| now)?(?: ?[:!.,–-][^\n]{0,160}| and [^\n]{1,160})?"
        r"|(?:donate|make a (?:donation|contribution)|give) (?:now|today)[^\n]{0,160}"
        r"|we (?:rely|depend) on (?:readers|our readers|your support|reader support)[^\n]{0,200}"
        r"|unterst[üu]tzen sie (?:(?:unabh[äa]ngigen|unseren|guten|lokalen|kritischen) )?(?:journalismus|qualit[äa]tsjournalismus|unsere (?:arbeit|redaktion))[^\n]{0,200}|jetzt (?:unterst[üu]tzen|spenden|mitglied werden)[^\n]{0,160}"
        r"|soutenez (?:(?:une|l'|notre|le|la|un) )?(?:information|journalisme|r[ée]daction|m[ée]dia|presse)[^\n]{0,200}|faites un don[^\n]{0,160}"
        r"|apoya (?:(?:el|al|a|nuestro|un) )?(?:periodismo|medio|redacci[óo]n)[^\n]{0,200}|haz(?:te)? (?:socio|socia|miembro|una donaci[óo]n)[^\n]{0,160}"
        r"|sostieni (?:(?:il|l'|la|il nostro|un) )?(?:giornalismo|informazione|redazione)[^\n]{0,200}|fai una donazione[^\n]{0,160}"
        r"|apoie (?:(?:o|a|nosso) )?(?:jornalismo|reda[çc][ãa]o)[^\n]{0,200}|fa[çc]a uma doa[çc][ãa]o[^\n]{0,160}"
        r"|steun (?:(?:onafhankelijke|onze|de|goede) )?(?:journalistiek|redactie)[^\n]{0,200}|word (?:abonnee|lid|donateur|vriend)(?: ?[:!.,–-][^\n]{0,160}| en [^\n]{1,160})?"
        r"|(?:wspieraj|wesprzyj) (?:(?:niezale[żz]ne|nasze|rzetelne) )?(?:dziennikarstwo|media|redakcj[ęe])[^\n]{0,200}|zosta[ńn] (?:patronem|subskrybentem|prenumeratorem)[^\n]{0,160}",
        "Support independent journalism: become a member for as little as $5 a month.",
        "*",
    ),
    # a broadcaster's programme note and media-library link
    Marker(r"(?:dieses|das) thema im programm(?::? [^\n]{1,60})?|sendung verpasst\??[^\n]{0,60}|(?:hier geht['’]?s|hier gelangen sie) (?:zu[mr]?|zu den|weiter|direkt)[^\n]{0,60}|hier (?:können sie|kannst du) [^\n]{0,60}(?:bestellen|abonnieren|kaufen|herunterladen|anmelden|nachlesen|nachh[öo]ren|ansehen|anh[öo]ren)\.?", "Dieses Thema im Programm: Abendschau, 18:00 Uhr", "de"),
    # an Austrian wire story's end mark with the editors' initials: "(Schluss) ab/cd"
    Marker(r"(?:schluss|forts\.?|fortsetzung(?: folgt)?)\)?(?: (?-i:[a-z]{2,4})(?:/ ?(?-i:[a-z]{2,4})){0,5}/?)?|ende\)? (?-i:[a-z]{2,4})(?:/ ?(?-i:[a-z]{2,4})){0,5}/?", "(Schluss) xy/ab", "de"),
    # where the piece was first published, and a feedback question
    Marker(rf"(?:(?:dieser|der) (?:text|artikel|beitrag|essay|kommentar|gastbeitrag) (?:ist|erschien) (?:zuerst|erstmals|urspr[üu]nglich)(?: erschienen)?|cet article a (?:d'abord |initialement |originellement )?(?:[ée]t[ée] )?(?:publi[ée]|paru)(?: initialement| d'abord)?|este (?:art[íi]culo|texto) (?:fue publicado|se public[óo]) (?:originalmente|originariamente|primero)|questo articolo [èe] (?:stato )?(?:originariamente |originalmente )?pubblicato(?: originariamente| per la prima volta)?|este (?:artigo|texto) foi (?:originalmente )?publicado(?: originalmente)?|dit artikel verscheen (?:eerder|eerst|oorspronkelijk)|(?:artyku[łl]|tekst) (?:ukaza[łl] si[ęe]|zosta[łl] opublikowany) (?:pierwotnie|po raz pierwszy)) (?:in|im|bei|auf|dans|sur|par|en|su|em|no|na|w|op|da) (?:der |dem |den |die |das |le |la |les |l'|el |il |o |a |het |de )?(?:\p{{L}}{{1,20}} ){{0,2}}{_CAPS}(?:,? (?:heft|ausgabe|nr\.|nummer|issue|no\.|n°|num[ée]ro|edici[óo]n|edizione|edi[çc][ãa]o|wydanie)? ?[\d/.]{{1,12}}|,? (?:am|vom|on|le|el|il|em|op|dnia) [\p{{L}}\p{{N}}. ]{{1,20}})?(?: erschienen)?\.?", "Dieser Beitrag erschien zuerst im Magazin Landluft, Ausgabe 3/2026.", "*"),
    Marker(r"(?:war|ist) (?:dieser|der) (?:artikel|beitrag|text|ratgeber) (?:hilfreich|n[üu]tzlich)\??|(?:was|is) this (?:article|page|story|post) (?:helpful|useful)\??|cet article (?:vous )?a-t-il (?:[ée]t[ée] )?utile\s?\??|¿?(?:te|le) (?:ha )?(?:result[óo]|pareci[óo]|fue) [úu]til (?:este|esta) (?:art[íi]culo|nota|informaci[óo]n)\??|questo articolo (?:ti )?[èe] stato utile\??|este (?:artigo|conte[úu]do) foi [úu]til\??|was dit artikel nuttig\??|czy (?:ten )?artyku[łl] (?:by[łl] )?pomocny\??", "War dieser Ratgeber nützlich?", "*"),
    Marker(r"(?:do you have|have you got|got) (?:a |any )?(?:story|news tip|tip|news)(?: for us| to share)?\?(?: ?[^\n]{0,20}\b(?:email|e-mail|contact|send|write|call|get in touch|message|whatsapp|tell us)\b[^\n]{0,100})?|masz (?:ciekawy |ciekaw[ąa] |jaki[śs] )?(?:temat|histori[ęe]|informacj[ęe])\?(?: ?[^\n]{0,20}\b(?:napisz|pisz|wy[śs]lij|prze[śs]lij|skontaktuj|zadzwo[ńn]|daj(?: nam)? zna[ćc])[^\n]{0,100})?", "Got a story for us? Email the newsroom.", "*"),
    # a comment section: its heading with the count in brackets, its buttons and its moderation notes
    Marker(r"(?:\d{1,6} )?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|coment[áa]rios?|reacties|komentarz[ey]?|komentarzy|комментари[йи]) ?\(\d{1,6}\)?|new, \d{1,6} comments?|reader comments|leserkommentare", "Comments (4)", "*"),
    Marker(r"comentar|commenter|commentare|komentuj|comment on this (?:story|article|post)|(?:load|show|view|see|read) (?:more|all|older|newer|previous) (?:comments|replies)|(?:mehr|weitere|alle|[äa]ltere) (?:kommentare|antworten) (?:laden|anzeigen|lesen|einblenden)|(?:afficher|voir|charger) (?:plus de|les autres|tous les) (?:commentaires|r[ée]ponses)|(?:ver|cargar|mostrar) m[áa]s (?:comentarios|respuestas)|(?:mostra|carica|vedi) (?:altri|pi[ùu]) commenti|poka[żz] (?:wi[ęe]cej|wszystkie) (?:komentarzy|komentarze|odpowiedzi)|(?:meer|alle) reacties (?:laden|tonen|bekijken)|(?:carregar|ver|mostrar) mais coment[áa]rios|ответить", "Load more comments", "*"),
    Marker(r"(?:(?:ihr|dein|alle|die) )?kommentare? (?:werden|wird) (?:vor (?:der|ihrer|seiner) (?:ver[öo]ffentlichung|freischaltung) |von (?:der|unserer) redaktion |erst |nach (?:der |einer )?pr[üu]fung (?:durch die redaktion )?)?(?:gepr[üu]ft|moderiert|freigeschaltet|gelesen)[^\n]{0,120}|comments (?:are|will be) (?:moderated|pre-moderated|reviewed before)[^\n]{0,160}|comments are subject to (?:our|the|moderation|approval)[^\n]{0,160}|(?:note: )?we (?:are )?(?:temporarily )?(?:moderat(?:e|ing)|pre-moderat(?:e|ing)) (?:all )?comments[^\n]{0,160}|as you comment,? please[^\n]{0,200}|les commentaires (?:sont|seront) (?:mod[ée]r[ée]s|soumis [àa] (?:mod[ée]ration|validation))[^\n]{0,120}|los comentarios (?:est[áa]n|ser[áa]n|son) (?:sujetos a (?:moderaci[óo]n|revisi[óo]n)|moderados|revisados)[^\n]{0,120}|i commenti (?:sono|saranno|vengono) (?:moderati|soggetti a moderazione)[^\n]{0,120}|os coment[áa]rios (?:s[ãa]o|ser[ãa]o) (?:moderados|sujeitos a modera[çc][ãa]o)[^\n]{0,120}|reacties worden (?:gemodereerd|eerst gecontroleerd|gecontroleerd)[^\n]{0,120}|komentarze (?:s[ąa]|b[ęe]d[ąa]) (?:moderowane|sprawdzane)[^\n]{0,120}", "Kommentare werden vor der Veröffentlichung geprüft.", "*"),
    Marker(r"normas de participaci[óo]n|esta funcionalidad es s[óo]lo para (?:usuarios )?registrados|netiquette|community guidelines|(?:unsere|die) (?:kommentarregeln|diskussionsregeln|netiquette)|r[èe]gles de (?:mod[ée]ration|la communaut[ée])|charte de (?:mod[ée]ration|bonne conduite)|regole della community|regulamin komentarzy", "Normas de participación", "*"),
    # like buttons under a comment or a post
    Marker(r"gef[äa]llt mir|j'aime|me gusta|mi piace|lubi[ęe] to!?|curtir|vind ik leuk|like|\d{1,6} likes?|likes? \(\d{1,6}\)?", "Gefällt mir", "*"),
    # a tag list's heading in the languages the markers above lack, and tags run on after "Tags"
    # ("Tags:2020 sedan", "Tags Jane Roe Harbour City": the first tag capitalised or a number)
    Marker(r"temas|tematy|sujets|th[èe]mes|schlagworte|stichw[öo]rter|onderwerpen|trefwoorden|t[óo]picos|assuntos|etichette|tags:[^\n]{1,200}|tags (?-i:[\p{Lu}\d])[^\n]{1,200}", "Temas", "*"),
    # buttons to save, gift, print, mail or hear the article, and an embed's "external content" label
    Marker(r"(?:zu )?(?:meinen artikeln|meiner merkliste|merkliste) hinzuf[üu]gen|ajouter [àa] (?:mes (?:articles|favoris)|ma liste|ma s[ée]lection)|offrir (?:cet |l')article|gift (?:this )?article|save (?:this )?(?:article|story)|enviar (?:noticia|art[íi]culo|nota) por (?:correo(?: electr[óo]nico)?|e-?mail)|envoyer (?:cet |l')article par (?:e-?mail|mail|courriel)|(?:rezept|artikel|seite|beitrag) drucken|print (?:recipe|article|this recipe)|imprimer (?:la recette|l'article)|imprimir (?:receta|art[íi]culo|noticia)|h[öo]ren|(?:diesen )?(?:artikel|beitrag) teilen|contenu externe|externer inhalt|contenido externo|contenuto esterno|externe inhoud", "Ajouter à mes articles", "*"),
    # a paywall's offer in the wordings the paywall markers lack: "Jetzt weiterlesen mit BZ+"
    Marker(r"(?:jetzt )?weiterlesen mit [\p{L}\p{N}+ -]{1,20}|testen sie [\p{L}\p{N}+ -]{1,20} (?:einen monat|\d{1,2} (?:wochen|monate)|gratis|kostenlos)[^\n]{0,60}|(?:dieser|der) (?:artikel|beitrag|inhalt) ist teil unseres [\p{L}+-]{1,30}(?:angebots|abos|abonnements)|continue reading with [\p{L}\p{N}+ -]{1,20}|continuez [àa] lire avec [^\n]{1,30}|sigue leyendo con [^\n]{1,30}", "Jetzt weiterlesen mit BZ+", "*"),
    # an app promotion under the article
    Marker(r"download (?:the|our) [^\n]{1,40} app (?:for|to get|and get) (?:breaking|the latest|news|alerts|live|push)[^\n]{0,100}|(?:laden sie|lade dir) (?:jetzt )?(?:die|unsere) [^\n]{1,40}app (?:herunter|kostenlos)[^\n]{0,100}|t[ée]l[ée]chargez (?:l'application|notre application|l'appli)[^\n]{0,120}|descarga (?:la|nuestra) (?:app|aplicaci[óo]n) de [^\n]{0,120}|scarica (?:l'app|la nostra app)[^\n]{0,120}|pobierz (?:aplikacj[ęe]|nasz[ąa] aplikacj[ęe])[^\n]{0,120}|baixe (?:o|nosso) (?:app|aplicativo)[^\n]{0,120}", "Download the Harbour News app for breaking news alerts and live radar.", "*"),
    # a note on a corrected article, a press trip's disclosure, an advice disclaimer
    Marker(r"this (?:article|story|piece) was (?:amended|corrected) on [^\n]{1,200}|(?:die|diese) reise wurde (?:unterst[üu]tzt|erm[öo]glicht) (?:von|vom|durch)[^\n]{1,200}|(?:the )?(?:writer|author|reporter)(?:'s)? (?:travell?ed as a guest of|was a guest of|trip was (?:paid for|provided|supported) by)[^\n]{1,200}|(?:ce|le) voyage a [ée]t[ée] (?:pris en charge|offert) par[^\n]{1,200}|(?:este|el) viaje (?:fue|ha sido) (?:financiado|pagado|una invitaci[óo]n) (?:por|de)[^\n]{1,200}", "This article was amended on 23 November 2026 to correct the year the light was automated.", "*"),
    Marker(r"(?:hinweis: )?(?:dieser|der) (?:artikel|beitrag|text) ersetzt keine (?:[äa]rztliche|medizinische|rechtliche|steuerliche|professionelle|pers[öo]nliche) (?:beratung|behandlung|diagnose)[^\n]{0,120}|this (?:article|content|information) (?:is for (?:general )?informational? purposes only|does not constitute (?:medical|legal|financial) advice|is not (?:a substitute for|intended as) (?:medical|legal|financial|professional) advice)[^\n]{0,200}|cet article ne remplace pas (?:un avis|une consultation)[^\n]{0,150}|este art[íi]culo no sustituye (?:la consulta|el consejo|el diagn[óo]stico)[^\n]{0,150}|questo articolo non sostituisce (?:il parere|la consulenza)[^\n]{0,150}|ten artyku[łl] nie zast[ęe]puje (?:porady|konsultacji)[^\n]{0,150}", "Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung.", "*"),
    # a prompt for readers' opinions, and the agencies a story was written with
    Marker(r"(?:ihre|deine) meinung(?: zum thema| ist gefragt)?\??|was (?:meinen|denken) sie(?: dazu)?\??|what do you think\?(?: (?:let us know|tell us|share)[^\n]{0,80})?|(?:et )?vous,? qu'en pensez-vous ?\??|¿?(?:y )?t[úu],? qu[ée] opinas\??|(?:e )?tu,? cosa ne pensi\??|a ty,? co o tym (?:my[śs]lisz|s[ąa]dzisz)\??|wat vind (?:jij|u)(?: ervan)?\??", "Ihre Meinung zum Thema?", "*"),
    Marker(r"(?:mit material (?:von|der|des)|con informaci[óo]n de|(?:with|includes) (?:reporting|material) from) (?:agencias? )?(?:(?-i:\p{Lu})|dpa|epd|afp|apa|kna)[\p{L}\p{N}.-]{1,25}(?:(?:, | und | and | y | et | e | i )(?:(?-i:\p{Lu})|dpa|epd|afp|apa|kna)[\p{L}\p{N}.-]{1,25}){0,4}|avec (?:l'|les agences? )?(?:afp|reuters|ap|belga|ats)", "Mit Material von Reuters und dpa-AFX", "*"),
    # a newsletter box: its pitch ("every morning, the news from ..."; verbless, so a sentence about a
    # morning stays), the e-mail field's label, the button and the privacy line under it
    Marker(r"(?:get|receive) [^\n]{1,120} (?:in|to|into) your inbox(?: every [\p{L}]{1,12}| daily| weekly| each [\p{L}]{1,12})?[.!]?|let (?:our|the) [^\n]{1,40} (?:meet|hit|land in) your inbox[^\n]{0,120}|(?:want|like) (?:more|this)[^\n]{0,40}\? (?:sign up|subscribe) (?:for|to) (?:our|the) [^\n]{0,40}(?:newsletters?|e-?mails?|alerts)[^\n]{0,40}|sign up: [^\n]{0,160}(?:newsletters?|inbox)[^\n]{0,60}|subscribe to [^\n]{1,40} (?:on youtube|and stay|for more)[^\n]{0,120}|there'?s plenty more where that came from[^\n]{0,160}|you have (?:been )?(?:successfully )?subscribed[^\n]{0,60}|there was (?:a problem|an error) (?:subscribing|signing)[^\n]{0,160}|(?:every|each) (?:morning|day|evening|week|weekday|friday|monday|sunday),? (?:the (?:day's |week's |latest |best |biggest |top |most important ){1,3}|our (?:best |top |latest ){1,2})(?:news|stories|headlines|updates|reads|reporting)(?: (?:from|in|about|on|for|delivered)[^\n]{1,100})?|(?:enter )?your e-?mail(?: address)?\*?", "Get the week's funding rounds and founder interviews in your inbox every Friday.", "en"),
    Marker(r"(?:[\p{L}\p{N}'’ -]{1,40}: )?(?:jeden|jede) (?:morgen|abend|tag|werktag|woche|freitag|montag|dienstag|mittwoch|donnerstag|samstag|sonntag),? (?:die|das|den|alle|unsere) (?:wichtigsten|besten|spannendsten|neuesten|aktuellsten|relevantesten|news|nachrichten|themen)[^\n]{0,140}", "Die Woche der Wissenschaft: Jeden Freitag die spannendsten Entdeckungen aus der Forschung.", "de"),
    Marker(r"mit (?:meiner|der|ihrer|deiner) anmeldung (?:akzeptiere|stimme|erkl[äa]re|willige|best[äa]tige)[^\n]{0,200}|(?:ihre|deine) e-?mail-adresse(?: eingeben)?\*?|e-?mail-adresse eingeben|(?:[\p{L}-]{1,30}-)?newsletter:? (?:jetzt |hier |gratis |kostenlos )?(?:abonnieren|anmelden|bestellen)[^\n]{0,100}", "Mit meiner Anmeldung akzeptiere ich die Datenschutzbestimmungen.", "de"),
    Marker(r"chaque (?:matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? (?:l'essentiel|l'actualit[ée]|toute l'actualit[ée]|le meilleur|les (?:meilleures?|derni[èe]res|principales|grandes) [\p{L}]{1,20}|nos s[ée]lections?)(?: (?:de|du|des|d'|en|sur|à|dans|pour)[^\n]{1,100})?|je m'inscris|s'inscrire|m'inscrire|en vous inscrivant,? vous (?:acceptez|reconnaissez)[^\n]{0,200}|votre adresse (?:e-?mail|mail|[ée]lectronique|courriel)(?: est collect[ée]e[^\n]{0,200})?", "Chaque matin, l'essentiel de l'actualité des entreprises.", "fr"),
    Marker(r"(?:cada|todas las) (?:ma[ñn]ana|ma[ñn]anas|d[íi]a|noche|semana|lunes|viernes),? (?:lo m[áa]s (?:importante|le[íi]do)|las (?:noticias|claves)|la actualidad|lo mejor)(?: (?:de|del|en|sobre|para)[^\n]{1,100})?|suscribirme|me suscribo|al (?:suscribirte|suscribirse|registrarte|registrarse),? (?:aceptas|acepta)[^\n]{0,200}|tu (?:correo(?: electr[óo]nico)?|email|e-mail)|introduce tu (?:correo|email|e-mail)[^\n]{0,40}", "Cada mañana, lo más importante de la actualidad en tu correo.", "es"),
    Marker(r"ogni (?:mattina|giorno|sera|settimana|luned[ìi]|venerd[ìi]),? (?:le notizie|il meglio|l'essenziale|le principali notizie)(?: (?:di|del|della|da|su|in)[^\n]{1,100})?|iscrivendoti,? accetti[^\n]{0,200}|(?:il )?tuo indirizzo (?:e-?mail|email)|iscrivimi", "Ogni mattina le notizie della tua città.", "it"),
    Marker(r"codziennie(?: rano)? najwa[żz]niejsze (?:informacje|wiadomo[śs]ci|newsy)(?: z| ze| o| na)[^\n]{0,120}|zapisuj[ąa]c si[ęe],? (?:akceptujesz|akceptuj[ęe]|wyra[żz]asz)[^\n]{0,200}|tw[óo]j adres e-?mail|zapisuj[ęe] si[ęe]", "Codziennie rano najważniejsze informacje z regionu.", "pl"),
    Marker(r"elke (?:ochtend|dag|avond|week|vrijdag),? (?:het (?:laatste|belangrijkste) nieuws|de belangrijkste [\p{L}]{1,20})(?: (?:uit|van|over|in)[^\n]{1,100})?|door (?:je|u) (?:in te schrijven|aan te melden),? ga(?:at)? (?:je|u) akkoord[^\n]{0,200}|(?:je|uw) e-?mailadres|meld (?:je|u) aan", "Elke ochtend het laatste nieuws uit Utrecht.", "nl"),
    Marker(r"(?:todas as|toda) (?:manh[ãa]s?|dias?|semanas?),? (?:as (?:principais )?not[íi]cias|o essencial|o melhor)(?: (?:de|do|da|sobre|em)[^\n]{1,100})?|ao (?:se )?(?:inscrever|assinar|cadastrar)(?:-se)?,? (?:voc[êe] )?(?:concorda|aceita)[^\n]{0,200}|(?:o )?seu (?:e-?mail|endere[çc]o de e-?mail)|inscreva-se", "Todas as manhãs, as principais notícias do dia.", "pt"),
    # affiliate notices: buying through the page's links earns the site a commission
    Marker(r"(?:when|if) you (?:buy|purchase|shop|click|book)[^\n]{0,100} (?:we|[\p{L}.]{1,30}) (?:may|might|could|can|will) (?:earn|receive|get|make) [^\n]{0,30}commission[^\n]{0,120}|(?-i:\p{Lu})[\p{L}\p{N}.&'’ -]{0,40} (?:may|might|could|will|can) (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission[^\n]{0,80}\blinks?\b[^\n]{0,120}", "When you purchase through links on our site, we may earn an affiliate commission.", "en"),
    Marker(r"(?:affiliate[- ]?links?|provisions-?links?|werbe-?links?|partner-?links?|enlaces? de afiliados?|enlaces afiliados|liens? (?:d'affiliation|affili[ée]s)|link (?:di )?affiliazione|links? (?:de )?afiliados?|linki (?:afiliacyjne|partnerskie))(?: ?[:|–-] [^\n]{1,200})?|(?:wenn|falls) (?:sie|du|ihr) [^\n]{0,100}(?:kaufen|einkaufen|bestellen|buchen|abschlie[ßs]en)[^\n]{0,40} (?:erhalten|bekommen|verdienen) (?:wir|die redaktion)[^\n]{0,40}(?:provision|verg[üu]tung|kommission)[^\n]{0,120}|bei einem kauf [^\n]{0,60}(?:erhalten|bekommen) wir [^\n]{0,30}(?:provision|verg[üu]tung)[^\n]{0,120}|(?:dieser|der) (?:beitrag|artikel|post|text) enth[äa]lt (?:unbezahlte |unbeauftragte )?werbung(?: (?:durch|wegen|da|f[üu]r) [^\n]{1,60})?", "Affiliate-Link: Bei einem Kauf über diesen Link erhalten wir eine Provision.", "*"),
    Marker(r"(?:lorsque|quand|si) vous (?:achetez|cliquez|r[ée]servez|commandez)[^\n]{0,100}(?:commission|r[ée]mun[ée]ration)[^\n]{0,120}|(?:si|cuando) (?:compras|compra|haces clic|reservas)[^\n]{0,100}comisi[óo]n[^\n]{0,120}|se (?:acquisti|compri|clicchi)[^\n]{0,100}commissione[^\n]{0,120}|als (?:je|u) (?:via|op) [^\n]{0,100}commissie[^\n]{0,120}|kupuj[ąa]c (?:przez|za po[śs]rednictwem) [^\n]{0,100}prowizj[ęe][^\n]{0,120}|(?:je[śs]li|gdy) (?:kupisz|kupujesz|klikniesz)[^\n]{0,100}prowizj[ęe][^\n]{0,120}|(?:ao|se|quando) (?:comprar|compra|clicar|voc[êe] comprar)[^\n]{0,100}comiss[ãa]o[^\n]{0,120}", "Si compras a través de nuestros enlaces, podemos recibir una comisión.", "*"),
    # the article's tools in the languages the entries above lack, each a whole line: share by mail, copy
    # the link, print, listen, write to the newsroom ("Envoyer par mail", "Copiar enlace", "Partilhar no X",
    # "Compartilhe:", "Jetzt teilen", "Kopiera länk", "Lyssna", "Tisk", "Scrivi alla redazione", "ВКонтакте")
    Marker(r"(?:envoyer|partager) par (?:e-?mail|mail|courriel|sms)|copier (?:le )?lien|copiar (?:el |o )?(?:enlace|link|v[íi]nculo)|partilh(?:ar|e)(?: (?:no|na|por|via|pelo|pela) [\w ]{1,20})?|compartilh(?:ar|e)(?: (?:no|na|por|via|pelo|pela) [\w ]{1,20}| (?:esta|essa) not[íi]cia)?|jetzt teilen|kopiera l[äa]nk(?:en)?|kopieer (?:de )?link|skopiuj (?:link|odno[śs]nik)|zkop[íi]rovat (?:odkaz|adresu)|lyssna(?: p[åa] artikeln)?|tisk(?:nout)?|vytisknout|stampa|imprimir|imprimer|drucken|drukuj|scrivi alla redazione|escreva (?:para|[àa]) reda[çc][ãa]o|вконтакте|одноклассники|копировать ссылку|поделиться", "Copier le lien", "*"),
    # the topic-list headings of ``LIST_HEADINGS`` that the entries above lack, as whole lines
    _NORTHERN_TOPIC_HEADINGS,
    # comment prompts in the languages the entries above lack ("Join the conversation.", "Diskutieren Sie
    # mit uns", "Diskuse (12)", "Přidat komentář", "Přihlaste se, abyste mohli diskutovat.", "Kommentera
    # artikeln", "Reageer op dit artikel", "Om te kunnen reageren moet je ingelogd zijn.")
    Marker(r"join the (?:conversation|discussion|debate)(?:[.!:] [^\n]{0,120})?|diskutieren sie mit(?: uns)?[.!]?|diskuse(?: ?\(?\d{1,6}\)?)?|p[řr]idat koment[áa][řr]|p[řr]ihlaste se,? (?:abyste mohli|pro) (?:diskutovat|p[řr]id[áa]n[íi] koment[áa][řr]e|komentovat)[^\n]{0,40}|kommentera(?: artikeln)?|visa kommentarer(?: \(?\d{1,6}\)?)?|reageer op dit artikel|om te kunnen reageren[^\n]{0,60}|log in om te reageren|dołącz do dyskusji|vous devez [êe]tre (?:connect[ée]|abonn[ée])e? pour (?:commenter|r[ée]agir)[^\n]{0,40}", "Diskutieren Sie mit uns", "*"),
    # a cookie banner and its buttons, in the languages the entries above lack
    Marker(r"(?:(?:aviso de cookies|avis (?:de |sur les )?cookies|cookie(?: notice|-?hinweis| policy)|informativa (?:sui )?cookie|cookies?) ?: )?(?:vi anv[äa]nder|vi bruger|vi bruker|wij gebruiken|we gebruiken|nous utilisons|utilizamos|usamos|utilizziamo|wir verwenden|wir nutzen|u[żz]ywamy|pou[žz][íi]v[áa]me|мы используем)(?: [\p{L}-]{1,20}){0,3} (?:cookies?|kakor|kakler|informasjonskapsler|ciasteczk[ai]|pliki? cookies?|soubory cookies?|cookies-?bestanden|файлы cookies?|cookies)\b[^\n]{0,240}", "Vi använder cookies för att ge dig en bättre upplevelse.", "*"),
    Marker(r"godk[äa]nn(?: alla(?: cookies)?)?|acceptera(?: alla(?: cookies)?)?|cookie-?inst[äa]llningar|cookieinst[äa]llningar|nastaven[íi] (?:souhlasu|cookies)|souhlas[íi]m|p[řr]ijmout(?: v[šs]e)?|согласен|согласна|принять(?: все)?|aceptar y (?:continuar|cerrar)|accetta(?: tutto| e chiudi| e continua)?|accepter(?: et (?:fermer|continuer)| tout)?|alle akzeptieren|zgadzam si[ęe]|akceptuj[ęe]?|alles accepteren|akkoord", "Godkänn", "*"),
    # a site's footer links in the languages the entries above lack ("Om oss", "Annonsera hos oss",
    # "Kontakty", "Ochrana osobních údajů", "Fale com a Ouvidoria", "Acessibilidade", "Lizenzierungsangebote")
    Marker(r"om oss|om (?:tt|[\p{L}]{2,20}-?tidningen)|annonsera(?: hos oss)?|kontakta oss|kontakty|o n[áa]s|redakce|ochrana osobn[íi]ch [úu]daj[ůu]|podm[íi]nky (?:u[žz][íi]v[áa]n[íi]|pou[žz]it[íi])|fale com a ouvidoria|ouvidoria|acessibilidade|expediente|lizenzierungsangebote|lizenzen|nutzungsrechte|zur [\p{L}\p{N}]{1,15}-startseite", "Om oss", "*"),
    # a wire story's footer in the shapes the entries above lack: the editor's credit ("Edição: Valéria Roe",
    # "Edited by Jane Roe", "Redakcja: Jan Kowal"), the desk's initials ("HFL // JMR"), the end word alone
    # or after the agency ("Koniec.", "Lusa/Fim"), the pointer to the agency's coverage or full text
    # ("Follow AP's coverage of wildfires at ...", "Leggi l'articolo completo su ANSA.it")
    Marker(r"(?:edi[çc][ãa]o|edici[óo]n|edited by|redakcja|redigering|[úu]prava|bearbeitung) ?:? (?-i:\p{Lu}[\p{L}.'’-]{1,20}(?: (?:(?:de|da|do|dos|das|del|van|von|di|la|le) ){0,2}\p{Lu}[\p{L}.'’-]{1,20}){1,3})", "Edição: Valéria Roe", "*"),
    Marker(r"(?-i:\p{Lu}{2,5} ?// ?\p{Lu}{2,5}(?: ?// ?\p{Lu}{2,5}){0,2})", "HFL // JMR", "*"),
    Marker(r"(?:[\p{L}-]{2,20} ?/ ?)?(?:fim|koniec|konec)|[\p{L}-]{2,20} ?/ ?(?:fine|ende|slut|loppu)", "Lusa/Fim", "*"),
    Marker(r"follow [\p{L}\p{N} .&-]{1,30}(?:'s|’s) (?:coverage|reporting) (?:of|on) [^\n]{1,160}|leggi l'articolo (?:completo|integrale) su [\w.-]{1,40}|lire l'article (?:complet|en entier) sur [\w.-]{1,40}|le[ae] (?:el art[íi]culo|la noticia) complet[oa] en [\w.-]{1,40}|read the full (?:story|article) (?:on|at) [\w.-]{1,40}|leia (?:a mat[ée]ria|o artigo) complet[oa] (?:no|em|na) [\w.-]{1,40}|lees het volledige artikel op [\w.-]{1,40}", "Leggi l'articolo completo su ANSA.it", "*"),
    # a paywall box's offer and its buttons in the wordings the entries above lack: the first month's price
    # ("1 € le premier mois, sans engagement", "1 € el primer mes"), "Je m'abonne", "Voir les offres"
    Marker(rf"{_PRICE} (?:le|el|il|o|the|den|de) (?:premier|primer|primo|primeiro|first|ersten|eerste) (?:mois|mes|mese|m[êe]s|month|monat|maand)[^\n]{{0,60}}|je m'abonne|voir (?:les|nos) offres|d[ée]couvrir (?:les|nos) offres|ver (?:las |nuestras )?ofertas|vedi (?:le )?offerte|veja (?:as )?ofertas|bekijk (?:de |onze )?aanbiedingen|zu den angeboten|alle angebote|see (?:all )?(?:our )?offers", "1 € le premier mois, sans engagement", "*"),
    # a licence notice alone on a line ("Creative Commons - CC BY 3.0", "CC BY-SA 4.0", "Licença: CC BY-NC")
    Marker(r"(?:creative commons(?: ?[-–—:|] ?| )|(?:licen[cçs]e|licen[cç]a|licencia|lizenz|licenza|licentie|licencja) ?: ?)?cc[ -]by(?:-(?:sa|nc|nd)){0,3}(?: \d\.\d)?(?: [\p{L}]{1,15})?|creative commons(?: (?:licen[cs]e|licen[cç]a|licencia|lizenz|attribution[\p{L} -]{0,40}))?", "Creative Commons - CC BY 3.0", "*"),
    # a wire's notice under the story in the shapes the entries above lack: the programme that paid for the story
    # ("Ce contenu a été produit dans le cadre du programme de journalisme local de La Presse Canadienne.",
    # "This story was produced with the financial assistance of ..."), and the abridged-for-the-web notice
    # ("Bu sayfadaki haberler, abonelere sunulan AA servisinden kısaltılarak yayımlanır. ...")
    Marker(r"(?:ce contenu|cet article|ce reportage) a [ée]t[ée] (?:produit|r[ée]dig[ée]|r[ée]alis[ée]|financ[ée]) (?:dans le cadre d[eu]|gr[âa]ce [àa]|avec l'aide financi[èe]re d[eu])[^\n]{1,160}|this (?:story|article|report|content) was (?:produced|written|made possible|funded) (?:with|under|as part of|through|by) [^\n]{0,40}(?:assistance|initiative|program(?:me)?|fellowship|grant|support)[^\n]{0,120}", "Ce contenu a été produit dans le cadre du programme de journalisme local de La Presse Canadienne.", "*"),
    Marker(r"bu sayfadaki haberler[^\n]{1,200}|(?:die|les) (?:meldungen|d[ée]p[êe]ches) (?:auf|de) (?:dieser|cette) (?:seite|page) (?:sind|sont) (?:gek[üu]rzt|abr[ée]g[ée]es)[^\n]{0,160}", "Bu sayfadaki haberler, abonelere sunulan AA servisinden kısaltılarak yayımlanır.", "*"),
)

# A comment section's heading ("23 Kommentare", "Comments (4)", "3 Gedanken zu „…“") and a comment's
# reply button: the lines between a reply button and the comment's name and date above it are a reader's
# comment (``strip_boilerplate``), when a heading opened the section.
COMMENT_HEADINGS: tuple[Marker, ...] = (
    Marker(r"(?:\d{1,6} )?(?:comments?|replies|responses|kommentare?|leserkommentare|commentaires?|r[ée]actions|comentarios?|commenti|coment[áa]rios?|reacties|komentarz[ey]?|komentarzy|комментари[йи])(?: ?\(\d{1,6}\)?)?|reader comments|new, \d{1,6} comments?", "23 Kommentare", "*"),
    Marker(r"\d{1,5} (?:gedanken?|thoughts?|comments?|responses?|replies|kommentare?|antworten|commentaires?|r[ée]ponses?|comentarios?|respuestas?|commenti|coment[áa]rios?|reacties|komentarz[ey]?|komentarzy|odpowiedzi) (?:zu|on|to|sur|à|a|sobre|su|em|op|do|na temat) [^\n]{1,200}", "3 Gedanken zu „Lissabon im Winter“", "*"),
)
REPLY_BUTTONS: tuple[Marker, ...] = (
    Marker(r"reply|antworten|antwort|r[ée]pondre|responder|responde|rispondi|odpowiedz|beantwoorden|reageer|reageren|ответить", "Antworten", "*"),
)

# Gallery counters and media placeholders.
MEDIA_LINES: tuple[Marker, ...] = (
    Marker(r"(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem|afbeelding|zdj[eę]cie|фото)s? ?\d{1,4} ?(?:of|von|de|di|van|z|из|/)(?: ?/)? ?\d{1,4}", "Image 1 of / 12", "*"),
    Marker(r"\d{1,4} ?(?:/|of|von) ?\d{1,4}(?: (?:photos?|images?|bilder|fotos))?", "3 / 12", "*"),
    # a gallery's counter with the word for "of" in the languages the entry above lacks: "1 di 6", "1 z 14", "2 sur 9"
    Marker(r"\d{1,4} (?:di|z|ze|sur|de|av|van|af|din|из) \d{1,4}", "1 di 6", "*"),
    Marker(r"media playback is (?:unsupported|not supported) on your device|your (?:browser|device) does not support (?:the )?(?:video|audio)[^\n]{0,60}", "Media playback is unsupported on your device", "en"),
    Marker(r"(?:play|watch|replay) (?:the )?(?:video|clip)|video|vid[ée]o|v[íi]deo|wideo|видео|watch|audio|listen(?: to (?:this|the) (?:article|story))?|(?:\d{1,2}:\d{2}(?: min)?)|now playing|loading(?: video)?\.{0,3}|(?:photo|image|video) gallery|galer[íi]a|bildergalerie|diaporama|fotostrecke", "Play video", "*"),
    # a video's title under its label, ten words at most: "Video: Der Moment, in dem ...", "VIDEO | Así
    # fue el rescate", "Guarda il video: ..."; a longer description is the clip's caption (split_captions)
    Marker(r"(?:video|vid[ée]o|v[íi]deo|wideo|видео|guarda il video|ver (?:el )?v[íi]deo|regardez|assista(?: ao v[íi]deo)?|bekijk(?: de video)?|zobacz (?:wideo|film)|obejrzyj|смотрите) ?[:|>»-] (?:\S{1,30} ){0,9}\S{1,30}", "Vidéo : les images de l'incendie", "*"),
    # an audio player's label with the clip's length, and the programme after it: "Audio: 2 Min. | Bayern 1
    # Regionalnachrichten", "Listen to this article · 7:42 min", "Écouter cet article (3 min)"
    Marker(
        r"(?:audio|podcast|listen(?: to (?:this|the) (?:article|story))?|artikel (?:anh[öo]ren|vorlesen)|[ée]couter (?:cet |l')article|escuchar (?:este |el )?art[íi]culo|escucha (?:este |el )?art[íi]culo|ascolta (?:questo |l')articolo|ou[çc]a (?:este |o )?artigo|pos[łl]uchaj(?: artyku[łl]u)?|luister(?: naar)?(?: dit artikel)?)"
        r" ?[:|·•–—(-]? ?\d{1,3}(?::\d{2})? ?(?:min(?:\.|utes?|uten|utos|uti|ut)?|sec|s|mins)\.?\)?(?: ?[|·•–—-] ?[\p{L}\p{N} .'’&-]{1,60})?",
        "Audio: 2 Min. | Bayern 1 Regionalnachrichten",
        "*",
    ),
    Marker(r"(?:this|the) (?:video|content|embed) (?:is not|isn't) available[^\n]{0,60}|(?:video|audio) (?:unavailable|not available)", "This video is not available in your region", "en"),
    Marker(r"(?:zobacz|see|view|ver|voir|siehe) (?:galeri[eę]|(?:the )?gallery|galer[íi]a|la galerie|galerie)(?: \(\d{1,4} ?(?:zdj[eę][ćc]|photos?|fotos|bilder|images?)\)?)?", "Zobacz galerię (14 zdjęć)", "*"),
)

# An author's biography after the article: the name, "is" in the page's language, and a journalist's job
# ("Jane Roe is a freelance writer based in Toronto.", "Montoya covers wildfires for The Harbour Press.").
# ``strip_boilerplate`` tries these only on the lines after the article's last paragraph.
_BIONAME = r"(?-i:\p{Lu}[\p{L}.'’-]{1,20}(?: (?:(?:de|van|von|der|den|la|le|di|da|du|del|dos) ){0,2}\p{Lu}[\p{L}.'’-]{1,20}){0,3})"
AUTHOR_BIOS: tuple[Marker, ...] = (
    Marker(rf"{_BIONAME} (?:is (?:a|an|the|(?-i:\p{{Lu}})[\p{{L}}\p{{N}}.&' -]{{0,30}}['’]s?)(?: [\p{{L}}-]{{1,20}}){{0,3}} (?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer|critic|analyst)s?\b|covers [^\n]{{1,80}} for (?-i:[\p{{Lu}}\d]))[^\n]{{0,250}}", "Jane Roe is a freelance writer based in Toronto. Her work has appeared in many papers.", "en"),
    Marker(rf"{_BIONAME} (?:ist|war|arbeitet als) (?:freie[rs]? |stellvertretende[rs]? |leitende[rs]? )?\p{{L}}{{0,20}}(?:redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|journalist(?:in)?|kolumnist(?:in)?|volont[äa]r(?:in)?)\b[^\n]{{0,250}}", "Lea Brandt ist Wirtschaftsredakteurin in Hamburg.", "de"),
    Marker(rf"{_BIONAME} est (?:une? )?(?:journaliste|grand reporter|reporter|correspondante?|r[ée]dact(?:eur|rice)|chroniqueu(?:r|se))\b[^\n]{{0,250}}", "Jeanne Roux est journaliste au service Économie.", "fr"),
    Marker(rf"{_BIONAME} es (?:periodista|redactor(?:a)?|corresponsal|reporter(?:a)?|columnista|editor(?:a)?)\b[^\n]{{0,250}}", "Ana López es periodista y cubre la información municipal.", "es"),
    Marker(rf"{_BIONAME} [èe] (?:un(?:a|o)? )?(?:giornalista|corrispondente|redattore|redattrice|inviat[oa])\b[^\n]{{0,250}}", "Marco Bianchi è giornalista della redazione di Torino.", "it"),
    Marker(rf"{_BIONAME} [ée] (?:jornalista|rep[óo]rter|correspondente|redator(?:a)?|colunista|editor(?:a)?)\b[^\n]{{0,250}}", "Rita Costa é jornalista de Economia.", "pt"),
    Marker(rf"{_BIONAME} is (?:verslaggever|journalist|correspondent|redacteur|columnist)\b[^\n]{{0,250}}", "Sanne de Vries is verslaggever bij de regioredactie.", "nl"),
    Marker(rf"{_BIONAME} jest (?:dziennikark[ąa]|dziennikarzem|reporter(?:em|k[ąa])|korespondent(?:em|k[ąa])|redaktor(?:em|k[ąa]))\b[^\n]{{0,250}}", "Anna Nowak jest dziennikarką działu gospodarczego.", "pl"),
)

# Bylines, datelines and timestamps standing alone on a line.
BYLINE_LINES: tuple[Marker, ...] = (
    # An agency or desk named with an article, where a byline names a person: "By the Associated Press".
    Marker(r"(?:by|von|par|por) (?:the|der|die|la|le|l'|el) ?(?-i:\p{Lu}[\p{L}.'’&-]{0,30}(?: \p{Lu}[\p{L}.'’&-]{0,30}){0,4})(?: (?:staff|desk|team|redaktion|r[ée]daction|redacci[óo]n))?", "By the Associated Press", "*"),
    Marker(r"(?:by|von|par|por|di|door|przez|av|af|автор:?|autor:?|autorin:?|autorinnen:?|autoren:?|autorka:?|author:?|auteur ?:?|yazar:?|text ?:|tekst ?:) (?-i:[\p{Lu}][\p{L}.'’-]{0,30}(?:[ ,]{1,2}(?:and |und |et |y |e |en |i |и )?(?:(?:de|van|von|der|den|la|le|di|da|du|del|dos|das|ten|ter) ){0,2}[\p{Lu}][\p{L}.'’-]{0,30}){0,5})(?: ?[,|/|-] ?[\p{L} .'&-]{1,40})?", "By Jane Doe and John Roe, Associated Press", "*"),  # names stay case-sensitive under IGNORECASE
    Marker(r"(?:published|updated|last updated|posted|modified|first published|last modified|aktualisiert|ver[öo]ffentlicht|publiziert|stand|mis [àa] jour|publi[ée]|publicado|actualizado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|opublikowano|aktualizacja|обновлено|опубликовано|publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|yay[ıi]nlanma|g[üu]ncelleme|güncellenme)(?: on| am| le| el| il| em| op)?:? (?=[^\n]{0,100}(?:\d|by |today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|dzisiaj|wczoraj|сегодня|вчера|idag|igår|i dag|i går|bugün|dün|(?:mon|tues|wednes|thurs|fri|satur|sun)day))[\w ,.:/+()|@·–—-]{1,100}", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "*"),
    Marker(r"(?:(?:updated?|bijgewerkt|aktualisiert|actualizado|aggiornato|atualizado|zaktualizowano|mis [àa] jour) ?: ?)?(?:\d{1,3} (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|vor \d{1,3} (?:sekunden|minuten|stunden?|tagen?|wochen)|il y a \d{1,3} (?:secondes?|minutes?|heures?|jours?)|hace \d{1,3} (?:segundos?|minutos?|horas?|d[íi]as?)|\d{1,3} (?:minuti|ore|giorni) fa|h[áa] \d{1,3} (?:minutos?|horas?|dias?)|\d{1,3} (?:minut|godzin[y]?|dni) temu|\d{1,3} (?:seconden|minuten|minuut|uur|dagen|dag|weken) geleden|\d{1,3} (?:минут[ы]?|час(?:а|ов)?|дн(?:я|ей)) назад)", "3 hours ago", "*"),
    Marker(r"(?:\d{1,2} ?min(?:ute)?s? read|reading time:? \d{1,3} ?min(?:ute)?s?|lesezeit:? \d{1,3} ?min(?:uten)?|\d{1,3} ?min(?:utes?)? de lecture|lectura:? \d{1,3} ?min)", "5 min read", "*"),
    Marker(r"\d{1,3} ?min\.? lesezeit|temps de lecture ?:? ?\d{1,3} ?min(?:utes?)?|tempo di lettura:? ?\d{1,3} ?min(?:uti)?|leestijd:? ?\d{1,3} ?min(?:uten)?|l[äa]stid:? ?\d{1,3} ?min(?:uter)?|czas czytania:? ?\d{1,3} ?min(?:ut|\.)?|время чтения:? ?\d{1,3} ?мин(?:ут[аы]?)?|okuma s[üu]resi:? ?\d{1,3} ?dk", "Temps de lecture : 2 min", "*"),
    Marker(r"(?:tempo de leitura|tiempo de lectura|lecture|leitura|lectura) ?:? ?\d{1,3} ?min(?:utos?|utes?|\.)?", "Tempo de leitura: 2 minutos", "*"),
    # A byline that names the writer's job instead of starting with "By": "Tom Krisher, AP Auto Writer",
    # "Analysis by Chris Cillizza, CNN Editor-at-large", or the job alone under the name ("Contributing
    # Writer", "Politik-Korrespondentin"). The words before the job are capitalised (case-sensitive), so
    # "letters to the editor" stays a line of the article.
    Marker(rf"{_BYNAME}, (?:[\p{{L}}&.]{{1,10}} ){{0,3}}(?:\p{{L}}{{2,12}}-)?{_ROLE}(?: (?:in|en|à|a|em|w|at) (?-i:\p{{Lu}}[\p{{L}}-]{{1,15}}))?", "Tom Krisher, AP Auto Writer", "*"),
    Marker(rf"(?:analysis|commentary|opinion|review|interview|reporting|story|words|text) by {_BYNAME}(?:, (?:[\p{{L}}&.]{{1,10}} ){{0,2}}{_ROLE})?", "Analysis by Chris Cillizza, CNN Editor-at-large", "*"),
    Marker(rf"(?:(?:staff|contributing|senior|chief|special|guest|freelance|opinion|sports?|business|political|national|foreign|investigative|associate|managing|deputy|executive|science|tech|health|travel|culture|fashion|food|music|arts?)(?: \p{{L}}{{2,12}})? )?{_ROLE}", "Contributing Writer", "*"),
    # A byline that names the writer's relation to the paper, and an interview's credit line: "Von unserem
    # Mitarbeiter Gerd Haffner", "De notre correspondant à Bruxelles", "Das Gespräch führte Lea Brandt",
    # "Propos recueillis par Jeanne Roux", "Interview: Anna Schmidt".
    Marker(rf"(?:von unsere[mr]|de notre|de nuestr[oa]|dal nostro|dalla nostra|do nosso|da nossa|van onze|od naszego|od naszej|from our) (?:[\p{{L}}-]{{2,20}} ){{0,2}}(?:mitarbeiter(?:in)?|redakteur(?:in)?|korrespondent(?:in|en)?|reporter(?:in)?|envoy[ée]e? sp[ée]ciale?|correspondante?|corresponsal|enviad[oa] especial|corrispondente|inviat[oa](?: speciale)?|correspondente|enviad[oa] especial|correspondent|verslaggever|korespondent(?:ki|a)?|reporter(?:ki|a)?|wys[łl]annik(?:a)?|(?:own )?correspondent|reporter)(?: (?:in|à|en|a|em|w|aus|de) {_CAPS})?(?: {_CAPS})?", "Von unserem Mitarbeiter Gerd Haffner", "*"),
    Marker(rf"(?:das gespr[äa]ch f[üu]hrte|das interview f[üu]hrte|die fragen stellte|interview|entretien r[ée]alis[ée] par|propos recueillis par|entrevista (?:realizada )?(?:de|por)|intervista (?:a cura )?di|interview door|rozmawia(?:[łl]a?)?|wywiad przeprowadzi[łl]a?) ?:? {_CAPS}(?:,? (?:und|and|et|y|e|en|i) {_CAPS})?", "Das Gespräch führte Lea Brandt", "*"),
    # A wire story's slug line: "AP-US--Trump-Impeachment, 4th Ld-Writethru", "BC-EU--Britain-Vote".
    Marker(r"(?:ap|bc)-[a-z]{2,4}-{1,2}[\w-]{1,80}(?:, ?\d{1,2}(?:st|nd|rd|th) (?:ld|add|adv)-?(?:writethru)?)?", "AP-US--Trump-Impeachment, 4th Ld-Writethru", "en"),
    # A byline after a colon ("Por: Redacción Bogotá") or the Polish "oprac." (compiled by).
    Marker(r"(?:por|von|par|by|przez|oprac\.?|opracowanie|oprac\. ?[a-z]{2,4}) ?: ?(?-i:\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3})|oprac\.? (?-i:\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3})", "Oprac. Katarzyna Zielińska", "*"),
    # A numeric date and time joined by a dash or bar: "28.11.2026 – 09:47 Uhr".
    Marker(r"\d{1,2}[./]\d{1,2}[./]\d{2,4} ?[-–—|,] ?\d{1,2}[:.]\d{2}(?: ?(?:uhr|h))?", "28.11.2026 – 09:47 Uhr", "*"),
    # Spanish and Portuguese "a. m." / "p. m." after the time: "28 de noviembre 2026, 06:55 a. m."
    Marker(r"\d{1,2} de \p{L}{3,10}(?: de)? \d{4},? \d{1,2}[:.]\d{2} ?[ap]\. ?m\.?", "28 de noviembre 2026, 06:55 a. m.", "*"),
    # A date (and time) alone on a line: "March 3, 2019", "3 March 2019 10:00 CET", "2019-03-03".
    Marker(
        r"(?=[^\n]{0,40}\d)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? )?(?:\d{1,2}\.? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|m[äa]rz|mai|juni|juli|oktober|dezember|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-z]{0,6}\.?(?: \d{1,2}(?:st|nd|rd|th)?,?)?(?: \d{4})?(?:,? (?:at |[•·|@] ?)?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?(?: [•·|] \d{1,2} min read)?",
        "19 November 2019 • 1:16pm",
        "*",
    ),
    # (the clock may be "10h32", as French and Brazilian pages print it)
    Marker(r"\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,? (?:[àa]s? )?\d{1,2}(?:[:.]\d{2}(?: ?uhr)?|h\d{2}))?", "25/11/2026 10h32", "*"),
    # The same in the other languages of held-out pages: a weekday or "le"/"el", day, month (Romance,
    # Dutch, Nordic, Polish and Russian genitive, Turkish; names or abbreviations), year, and a time
    # joined by the language's "at" ("à", "kl.", "om", "в", or nothing: "202613:45").
    Marker(
        r"(?:\p{L}{2,10}\.?,? )?\d{1,2}\.? (?:de )?(?:jan|feb|f[ée]v|fev|m[aä]r|apr|avr|abr|ma[iyj]|mei|jun|jui|jul|lug|aug|ago|ao[uû]|sep|set|okt|oct|ott|out|nov|dec|dez|dic|des|gen|sty|lut|kwi|cze|lip|sie|wrz|pa[zź]|lis|gru|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|oca|[şs]ub|nis|haz|tem|a[ğg]u|eyl|eki|kas|ara)\p{L}{0,8}\.?(?: de)? \d{4}(?:,? ?(?:[àa]|a las|alle|um|kl\.?|om|в|at|saat|-)? ?\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h|cet|cest|utc|gmt|мск))?)?(?: ?\([\p{L} ]{1,20}\d{1,2}[:.]\d{2}\)?)?",
        "Le 25 novembre 2026 à 18:04",
        "*",
    ),
    # Month first with a run-together update note: "November 27, 20268:05 AM UTCUpdated 2 hours ago".
    Marker(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? \d{4},? ?(?:at )?\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)? ?(?:[a-z]{2,4})? ?(?:updated|last updated) [\w ]{1,30}", "November 27, 20268:05 AM UTCUpdated 2 hours ago", "en"),
    Marker(r"\d{1,2}[./]\d{1,2}[./]\d{4},? \d{1,2}[:.h]\d{2}(?: ?uhr)?(?: ?[·•|-])? (?:atualizado|actualizado|aggiornato|aktualisiert|mis [àa] jour|bijgewerkt|updated) [\w ,.:/]{1,40}", "26/11/2026 20h03 · Atualizado há 2 horas", "*"),
    Marker(r"\d{4}年\d{1,2}月\d{1,2}日(?: ?\d{1,2}[時:]\d{2}分?)?|\d{1,2}月\d{1,2}日 ?\d{1,2}[時:]\d{2}分?", "2026年11月27日 10時15分", "ja"),
    # Anadolu's header: "Name | date - Güncelleme : date".
    Marker(r"(?-i:\p{Lu}\p{L}{1,30}(?: \p{Lu}\p{L}{1,30}){0,3}) ?\| ?\d{1,2}\.\d{1,2}\.\d{4}(?: ?- ?(?:g[üu]ncelleme|update|aktualisiert) ?:? ?\d{1,2}\.\d{1,2}\.\d{4})?", "Ayla Kaya | 27.11.2026 - Güncelleme : 27.11.2026", "tr"),
    # A wire dateline left on a line of its own: "Valencia, 26 nov (EFE).-", "MADRID, 27 Nov. (EUROPA PRESS) -"
    # (matched trimmed, so without the closing bracket and dash).
    Marker(r"(?-i:\p{Lu}[\p{L} .'-]{1,30}), \d{1,2} \p{L}{3,10}\.? \((?-i:\p{Lu}[\p{L} -]{1,20})\)?", "MADRID, 27 Nov. (EUROPA PRESS) -", "*"),
    Marker(r"(?:redazione|redacci[óo]n|redaktion|r[ée]daction|redactie|redakcja|redakce|reda[cç][ãa]o|редакция)(?: [\p{L}\p{N}.&'-]{1,20}){0,2}", "Redazione Agenzia", "*"),
    Marker(r"(?:来源|來源|出典|编辑|編輯|责任编辑|責任編輯|作者|记者|記者)[:：] ?[^\n]{1,30}", "责任编辑：李华", "zh"),
    # a numeric date with a weekday in front and the time after a dot, bar or word: "Montag, 02.03.2026 · 08:15"
    Marker(r"(?:\p{L}{2,12},? )?\d{1,2}[./]\d{1,2}[./]\d{2,4}(?: ?(?:[-–—|,·•]|um|à|a las|alle|om|o|at) ?\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h))?)?", "Montag, 02.03.2026 · 08:15 Uhr", "*"),
    # a written date with its time after a dot: "3 de marzo de 2026 · 08:15"
    Marker(r"\d{1,2}\.? (?:de )?\p{L}{3,10}\.?(?: de)? \d{4} ?[·•|] ?\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h))?", "3 de marzo de 2026 · 08:15", "*"),
    # a blog post's meta line: date, then author and comment count after dots or bars
    Marker(r"(?:\d{1,2}\.? (?:de )?\p{L}{3,10}\.?(?: de)? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\p{L}{3,10}\.? \d{1,2},? \d{4})(?: ?[·•] ?[^·•|\n]{1,40}){1,3}", "3. März 2026 · Anna · 5 Kommentare", "*"),
    # a programme slot: "Regionalradio am Morgen | 02.03.2026 | 06:30 Uhr"
    Marker(r"[\p{L}\p{N}.&' -]{1,40} ?[|·•] ?\d{1,2}\.\d{1,2}\.\d{2,4}(?: ?[|·•,] ?\d{1,2}[:.]\d{2}(?: ?uhr)?)?", "Regionalradio am Morgen | 02.03.2026 | 06:30 Uhr", "de"),
    # a date and time with the "modified" note after it: "Le 3 mars 2026 à 8h15, modifié le 3 mars 2026 à 9h02"
    Marker(r"(?:le |el |il |am |on |op )?\d{1,2}\.? (?:de )?\p{L}{3,10}\.?(?: de)? \d{4}(?:,? (?:[àa]|a las|alle|um|at|om|o) ?\d{1,2}[:.h]\d{2}(?: ?uhr)?)?,? (?:modifi[ée]|mis [àa] jour|actualizado|aggiornato|atualizado|aktualisiert|bijgewerkt|zaktualizowano|updated)(?: (?:le|el|il|am|on|op|em))? [\w ,.:/]{1,50}", "Le 3 mars 2026 à 8h15, modifié le 3 mars 2026 à 9h02", "*"),
    # time first, then date, with a run-together update: "09:15, 3 MAR 2026Updated 10:02, 3 MAR 2026"
    Marker(r"\d{1,2}[:.]\d{2}(?: ?[ap]m)?,? \d{1,2} \p{L}{3,9}\.? \d{4}(?: ?(?:updated|aktualisiert|mis [àa] jour) ?\d{1,2}[:.]\d{2}(?: ?[ap]m)?,? \d{1,2} \p{L}{3,9}\.? \d{4})?", "09:15, 3 MAR 2026Updated 10:02, 3 MAR 2026", "*"),
    # "An article by <name>, published on <date>" in its languages
    Marker(rf"(?:ein (?:artikel|beitrag|text|gastbeitrag|kommentar) von|an? (?:article|story|post|column|guest post) by|un article (?:de|d')|un art[íi]culo de|un articolo di|een artikel van|artyku[łl] autorstwa) ?{_CAPS}(?:,? (?:ver[öo]ffentlicht|aktualisiert|published|updated|publi[ée]|publicado|pubblicato|gepubliceerd|opublikowano)(?: am| on| le| el| il| op)? [\w ,.:/]{{1,50}})?", "Ein Beitrag von Lea Brandt veröffentlicht am 2. März 2026, 08:15 Uhr", "*"),
    # a byline with the agency it was written with: "Par Jeanne Roux avec AFP"
    Marker(rf"(?:par|by|von|por|di|door|przez) {_CAPS} (?:avec|with|mit|con|com|met|z) (?:l'|la |el |agences? |agencia |agenzia )?{_CAPS}", "Par Jeanne Roux avec AFP", "*"),
    # reading time in the shapes the entries above lack: "Lesedauer: 4 Minuten", "7 Min", "6 minutos de lectura"
    Marker(r"lesedauer:? ?\d{1,3} ?min(?:uten|\.)?|\d{1,3} ?(?:minuten|minutes?|minutos|minuti|minut|mins?|min\.?)(?: (?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|czytania))?|read(?:ing)? time:? ?\d{1,3} ?min(?:ute)?s?|\d{1,2}[- ]minute read", "Lesedauer: 6 Minuten", "*"),
    # a byline's tie to the paper, a wire's sign-off naming its editor, and timestamps in more shapes
    Marker(rf"special to (?:the )?{_CAPS}", "Special to the Gazette", "en"),
    # a German wire's sign-off naming its reporter and editor: "(Bericht von Jana Roe, redigiert von ...)"
    # (the English "(Reporting by ...; Editing by ...)" is left alone: held-out pages keep it in the text)
    Marker(rf"(?:bericht|text|recherche) von {_BYNAME},? (?:redigiert|bearbeitet|redaktion) von [^\n]{{1,200}}", "(Bericht von Jana Roe, redigiert von Anke Doe. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion)", "de"),
    # "Written by <name> on <date>" in the page's language
    Marker(rf"(?:geschrieben|verfasst|posted|written|[ée]crit|escrito|scritto|napisane|geschreven) (?:von|by|par|por|da|przez|door) {_BYNAME}(?: (?:am|on|le|el|il|em|op|dnia) [\p{{L}}\p{{N}} ,.:]{{1,40}})?", "Geschrieben von Timo Rehberger am 27. November 2026 um 11:05", "*"),
    # timestamps in the shapes BYLINE_LINES lack: a relative day and a clock, the clock before the date,
    # an abbreviated weekday with a dot, a "modified" note
    Marker(r"(?:today|yesterday|heute|gestern|vandaag|gisteren|aujourd'hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|dzisiaj|dzi[śs]|wczoraj)(?:,| à| a las| alle| um| om| o| às| at)? \d{1,2}[:.h]\d{2}(?: ?(?:uhr|h|[ap]\.?m\.?))?", "Vandaag, 18:47", "*"),
    Marker(r"\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)?,? (?:\p{L}{3,10}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,10}\.? \d{4})(?: [a-z]{2,4})?", "2:18 PM, Nov 27, 2026", "*"),
    Marker(r"\p{L}{2,3}\.,? \d{1,2}[./]\d{1,2}[./]\d{2,4}(?: ?(?:[-–—|,·•]|um|à|om|o|at|alle|a las) ?\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h))?)?|\p{L}{2,3}\.?,? \d{1,2}\.? \p{L}{3,10}\.? \d{4}(?: ?(?:[-–—|,·•]|um|à|om|o|at|alle|a las) ?\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h))?)?", "Sa, 29. Nov. 2026 | 10:15", "*"),
    Marker(r"(?:modifi[ée]|aangepast|gewijzigd|ge[äa]ndert|zmieniono|edytowano|modificado|modificato|julkaistu|p[äa]ivitetty)(?: (?:le|à|a las|alle|am|um|om|op|o|em|às|at|on))?:? (?=[^\n]{0,60}\d)[\p{L}\p{N} ,.:/|-]{1,60}", "Modifié à 14:05", "*"),
    # the newsroom as the byline ("Door onze redactie", "Von unserer Redaktion", "Par la rédaction")
    Marker(r"(?:door|van) onze (?:redactie|verslaggevers?|correspondent(?:en)?)|von unserer (?:redaktion|korrespondentin|korrespondenten|korrespondent)|par (?:notre|la) r[ée]daction|por (?:nuestra |la )?redacci[óo]n|(?:dalla|della) (?:nostra )?redazione|(?:da|pela) (?:nossa )?reda[çc][ãa]o|od naszej redakcji|av (?:v[åa]r )?redaktion|от (?:нашей )?редакции", "Door onze redactie", "*"),
    # a numeric date spelt with dashes or spaced dots ("04-11-2026, 16:20", "5. 11. 2026 14:05"), a "published
    # today" note ("Publié aujourd'hui à 10h14"), a month-first date with a time zone's offset ("... 7:48 AM GMT+1")
    Marker(r"(?:\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\. \d{1,2}\. \d{4})(?: ?(?:[-–—|,·•]|um|à|om|o|v|at|kl\.?)? ?\d{1,2}[:.h]\d{2}(?: ?(?:uhr|h))?)?", "04-11-2026, 16:20", "*"),
    Marker(r"(?:publi[ée]|mis [àa] jour|publicado|actualizado|pubblicato|aggiornato|ver[öo]ffentlicht|aktualisiert|published|updated|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publikov[áa]no|aktualizov[áa]no|opublikowano|publicat|actualizat)(?: (?:le|el|il|am|on|op|em))? (?:aujourd['’]hui|hier|today|yesterday|hoy|ayer|oggi|ieri|heute|gestern|hoje|ontem|vandaag|gisteren|dzisiaj|wczoraj|idag|igår|i dag|i går|dnes|v[čc]era|azi)(?:,| à| a las| alle| um| om| o| às| at| kl\.?| v| la)? \d{1,2}[:.h]\d{2}(?: ?(?:uhr|h))?", "Publié aujourd'hui à 10h14", "*"),
    Marker(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? \d{4},? ?(?:at )?\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)? ?(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?(?: ?(?:updated|last updated) [\w ]{1,30})?", "November 3, 2026 7:48 AM GMT+1 Updated 2 hours ago", "en"),
)

# --------------------------------------------------------------------------- chrome paragraphs
#: The opening words of a paragraph of page chrome, however long the paragraph runs: a comment section's
#: rules, an appeal for money, an affiliate disclosure, a long copyright notice, an invitation to write
#: letters. Matched at the start of a line of up to 120 words (``strip_boilerplate``), where the
#: whole-line markers stop at 240 characters; each opening is specific enough that a news paragraph
#: does not begin with it.
CHROME_OPENINGS: tuple[Marker, ...] = (
    # where the article was printed: "A version of this article appears in print on Nov. 28, 2026, Section D ..."
    Marker(
        r"a version of this (?:article|story|review) appear(?:s|ed) in print|this (?:article|story) (?:appeared|appears|was published) in (?:the )?print edition"
        r"|(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist erschienen) (?:zuerst )?in der (?:gedruckten ausgabe|print-?ausgabe|zeitung)"
        r"|cet article (?:est paru|a [ée]t[ée] publi[ée]) dans (?:l'[ée]dition|notre [ée]dition|le journal)(?: imprim[ée]e| papier)?"
        r"|este art[íi]culo (?:apareci[óo]|se public[óo]) en (?:la )?edici[óo]n impresa|questo articolo [èe] (?:apparso|stato pubblicato) (?:sull'|nell')edizione (?:cartacea|stampata)"
        r"|este artigo (?:foi publicado|saiu) na edi[çc][ãa]o impressa|dit artikel (?:verscheen|is verschenen) (?:ook )?in de (?:krant|papieren editie)|artyku[łl] ukaza[łl] si[ęe] w (?:wydaniu papierowym|papierowym wydaniu)",
        "A version of this article appears in print on Nov. 28, 2026, Section D, Page 3 of the New York edition.",
        "*",
    ),
    # a paywall's meter: "Vous avez lu 3 articles sur 5 ce mois-ci. Abonnez-vous ...", "You have read 3 of 5 free articles"
    Marker(
        r"vous avez (?:d[ée]j[àa] )?lu \d{1,3} (?:articles? )?sur \d{1,3}|you(?:'ve| have) (?:already )?read \d{1,3} (?:of|out of) (?:your )?\d{1,3}"
        r"|sie haben (?:bereits |schon )?\d{1,3} (?:von \d{1,3} )?(?:kostenlose[nr]? |freie[nr]? )?artikel|has le[íi]do \d{1,3} (?:de \d{1,3} )?(?:art[íi]culos|noticias|notas)"
        r"|hai (?:gi[àa] )?letto \d{1,3} (?:articoli )?(?:su|di) \d{1,3}|voc[êe] (?:j[áa] )?leu \d{1,3} (?:de \d{1,3} )?(?:artigos|mat[ée]rias|not[íi]cias)"
        r"|przeczyta[łl](?:e[śs]|a[śs]) (?:ju[żz] )?\d{1,3} (?:z \d{1,3} )?(?:darmowych )?artyku[łl]|je hebt (?:al )?\d{1,3} (?:van de \d{1,3} |van \d{1,3} )?(?:gratis )?artikel",
        "Vous avez lu 3 articles sur 5 ce mois-ci. Abonnez-vous pour continuer à lire en illimité.",
        "*",
    ),
    # a wire's copyright notice that goes on to forbid redistribution: "© 2026 Europa Press. Está
    # expresamente prohibida la redistribución ...", "(c) 2026 APA. Die Weiterverbreitung ist untersagt."
    Marker(
        r"(?:©|\(c\)|copyright)\s?\d{4}(?:\s?[-–]\s?\d{2,4})?,?\s[^\n.]{1,60}\.\s"
        r"(?:est[áa] (?:expresamente |terminantemente )?prohibid[ao]|queda (?:expresamente )?prohibid[ao]|(?:toute )?(?:reproduction|rediffusion|redistribution) (?:interdite|est interdite|prohib)"
        r"|(?:die )?(?:weiterverbreitung|weiterverwendung|vervielf[äa]ltigung)|[èe] vietata|(?:é|e) proibid[ao]|(?:any )?(?:reproduction|redistribution|republication)|this material may not"
        r"|(?:dalsze )?rozpowszechnianie|verspreiding)",
        "© 2026 Europa Press. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos.",
        "*",
    ),
    Marker(r"as you comment,? please|please (?:keep|be) (?:your )?(?:comments? )?(?:respectful|civil|on topic|on-topic)|when (?:commenting|submitting (?:content|comments)|posting (?:a )?comments?),? please|(?:all )?(?:reader |user )?comments (?:are|will be) (?:pre-)?moderated|by (?:commenting|posting a comment|submitting a comment),? you agree", "As you comment, please be respectful of other commenters.", "en"),
    Marker(r"if you (?:enjoyed|value|appreciate|like|rely on) (?:this|our|reading (?:this|our)) (?:article|story|journalism|reporting|work|newsletter|site|content|coverage)|(?:support|fund) (?:independent|local|quality|fearless|our) (?:journalism|reporting|newsroom)|(?:this|our) (?:article|post|page|site|story|guide) (?:contains|may contain|includes) affiliate links|(?:(?:sometimes|occasionally|often) )?(?:we|this site) (?:may )?(?:include|use|contain)s? (?:(?:affiliate|partner|sponsored) links|links to (?:online )?(?:retail|shops?|stores?|retailers|products|partners))|we(?:'d| would) like to hear what you think|this (?:document|article|material|content) is subject to copyright|start (?:the|your) (?:day|morning|week) with (?:the|our) [^\n]{0,80}(?:sign up|newsletter|email)", "If you enjoyed this article, we have a proposition for you:", "en"),
    Marker(r"bitte (?:beachten sie|halte dich an|halten sie sich an) (?:unsere|die) (?:netiquette|kommentarregeln|diskussionsregeln|community-regeln)|unterst[üu]tzen sie (?:(?:unabh[äa]ngigen|unseren|guten|lokalen|kritischen) )?(?:journalismus|qualit[äa]tsjournalismus)|(?:wenn|falls) (?:sie|du) [^\n]{0,40}(?:über|ueber) (?:diese|einen dieser|unsere|die|einen) (?:links?|partnerlinks?) (?:einkaufen|kaufen|bestellen|etwas kaufen)|(?:dieser|der) (?:artikel|beitrag|text) enth[äa]lt (?:sogenannte )?(?:affiliate|partner)-?links", "Bitte beachten Sie unsere Netiquette.", "de"),
    Marker(r"(?:merci de|veuillez) (?:respecter|rester courtois|lire) (?:la charte|les r[èe]gles|nos r[èe]gles)|soutenez (?:(?:une|l'|notre|le) )?(?:information|journalisme|r[ée]daction)|(?:si|lorsque|quand) vous (?:achetez|commandez) [^\n]{0,40}(?:via|par|en passant par) (?:nos|ces|l'un de nos|un de nos) liens", "Soutenez une information indépendante.", "fr"),
    Marker(r"(?:si|cuando) (?:compras|haces una compra|adquieres) [^\n]{0,40}(?:a trav[ée]s de|desde|mediante) (?:nuestros|estos|alguno de nuestros|los) enlaces|apoya (?:(?:el|al|nuestro) )?periodismo|(?:te pedimos|por favor,?) (?:que )?(?:respetes|mant[ée]n) (?:las normas|un tono)", "Apoya el periodismo independiente.", "es"),
    Marker(r"se (?:acquisti|fai un acquisto|compri) [^\n]{0,40}(?:tramite|attraverso|da) (?:i nostri|questi|uno dei nostri) link|sostieni (?:(?:il|l'|la) )?(?:giornalismo|informazione)", "Sostieni il giornalismo indipendente.", "it"),
    Marker(r"se (?:voc[êe] )?(?:comprar|fizer uma compra) [^\n]{0,40}(?:por|atrav[ée]s d[oe]s?|pelos) (?:nossos|estes|um dos nossos) links|apoie (?:o )?jornalismo", "Apoie o jornalismo independente.", "pt"),
    Marker(r"als (?:je|u) [^\n]{0,40}via (?:onze|deze|een van onze) links? (?:iets )?(?:koopt|bestelt|aanschaft)|steun (?:(?:onafhankelijke|onze|goede) )?journalistiek", "Steun onafhankelijke journalistiek.", "nl"),
    Marker(r"(?:je[śs]li|je[żz]eli) (?:kupisz|dokonasz zakupu) [^\n]{0,40}(?:przez|za po[śs]rednictwem) (?:nasze|te|naszych) link|(?:wspieraj|wesprzyj) (?:(?:niezale[żz]ne|nasze|rzetelne) )?dziennikarstwo", "Wesprzyj niezależne dziennikarstwo.", "pl"),
)


# --------------------------------------------------------------------------- sentence joins
#: Words a sentence does not end on (articles, prepositions, conjunctions), by language. A line that
#: ends on one of them and is followed, past an ad label, by a capitalised line was cut mid-sentence:
#: "Der Stadtrat hat beschlossen, die" / "Anzeige" / "Bibliothek zu schließen."
CONTINUATION_WORDS: frozenset[str] = frozenset(
    ["the", "a", "an", "and", "or", "but", "of", "to", "for", "with", "on", "in", "at", "by", "from", "as", "than", "that", "which", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "mit", "von", "zu", "zum", "zur", "für", "auf", "in", "im", "an", "am", "bei", "nach", "über", "unter", "vor", "aus", "um", "durch", "gegen", "ohne", "seit", "sowie", "dass", "le", "la", "les", "un", "une", "des", "et", "ou", "mais", "de", "du", "à", "au", "aux", "pour", "avec", "sur", "dans", "par", "que", "qui", "el", "los", "las", "una", "y", "o", "pero", "del", "al", "para", "con", "en", "por", "que", "il", "lo", "gli", "uno", "ed", "di", "da", "per", "con", "su", "nel", "nella", "della", "che", "o", "os", "as", "um", "uma", "e", "ou", "mas", "do", "da", "dos", "das", "no", "na", "em", "para", "com", "por", "que", "het", "een", "en", "maar", "van", "voor", "met", "op", "bij", "naar", "dat", "i", "w", "z", "na", "do", "od", "dla", "że", "oraz", "lub", "ale", "przez", "przy", "po", "и", "в", "во", "на", "с", "со", "по", "для", "от", "из", "к", "о", "об", "что", "а", "но"]
)

# --------------------------------------------------------------------------- photo credits
#: Agency names that are also everyday words, matched only as written in ``AGENCIES`` (never lowercased).
AGENCY_COMMON_WORDS: frozenset[str] = frozenset(
    {"handout", "courtesy", "stringer", "redux", "divulgação", "reprodução", "cedida", "cedidas"}
)

#: News agencies and photo libraries. Used by the credit shapes below (``{AGENCY}``).
AGENCIES: tuple[str, ...] = (
    "AP", "Associated Press", "AFP", "Agence France-Presse", "Reuters", "REUTERS", "EPA", "EPA-EFE", "EFE",
    "dpa", "DPA", "ANP", "ANSA", "PA", "PA Images", "PA Wire", "PA Media", "Xinhua", "Getty Images", "Getty",
    "Shutterstock", "Rex Features", "REX", "Rex/Shutterstock", "picture alliance", "picture-alliance",
    "Europa Press", "Keystone", "KEYSTONE", "SDA", "APA", "TASS", "ТАСС", "РИА Новости", "Sputnik", "Kyodo",
    "Yonhap", "Anadolu", "Anadolu Agency", "Bloomberg", "NurPhoto", "SOPA Images", "Sipa", "SIPA", "Alamy",
    "iStock", "iStockphoto", "imago", "imago images", "IMAGO", "Belga", "BELGA", "Ritzau Scanpix", "Scanpix",
    "NTB", "TT", "Lehtikuva", "CTK", "ČTK", "PAP", "MTI", "Hina", "Tanjug", "Agencia EFE", "Lusa", "LUSA", "Ansa",
    "Cordon Press", "Abaca", "ABACA", "Hans Lucas", "Wostok Press", "Zuma", "ZUMA Press", "ZUMA Wire",
    "Newscom", "UPI", "CNS", "China News Service", "VCG", "Visual China Group", "Kyodo News", "AAP",
    "Canadian Press", "The Canadian Press", "CP", "Press Association", "Bildbyrån", "Ullstein Bild",
    "Sueddeutsche Zeitung Photo", "Eyevine", "Camera Press", "Redux", "NYT", "The New York Times",
    "Washington Post", "Corbis", "Wikimedia Commons", "Wikimedia", "Unsplash", "Pexels", "Pixabay",
    "Handout", "HANDOUT", "Pool", "POOL", "Courtesy", "Stringer", "STR", "STF",
    # photo libraries and national agencies seen in German, French, Spanish, Italian, Polish credits
    "Science Photo Library", "SPL", "ddp", "ddp images", "KNA", "epd", "Bongarts", "Sven Simon",
    "Eibner", "Westend61", "Panthermedia", "Adobe Stock", "stock.adobe.com", "Fotolia", "Colourbox",
    "Flickr", "Maxppp", "MAXPPP", "LaPresse", "Fotogramma", "East News", "Agencja Gazeta",
    "Keystone-SDA", "KEYSTONE-SDA", "Belga Image", "Agencia Efe", "Agencia EFE",
    "Anadolu Ajansı", "Xinhua News Agency", "Kyodo", "Jiji Press", "AP Images", "Reuters Connect",
    "Getty Images/iStockphoto", "Getty Images/iStock", "WireImage", "FilmMagic",
    "Invision", "Sportsfile", "Action Images", "Icon Sportswire", "USA TODAY Sports", "ZUMA",
    # a German regional photo desk; Nordic, Latin American, Brazilian, Japanese and Chinese agencies
    # as their own pages sign
    "dpa-Zentralbild", "Ritzau", "Cuartoscuro", "Agência Brasil", "共同通信", "共同", "新华社",
    # regional and national agencies and photo services as they sign pictures: Spanish ("Jane Roe /
    # ICAL"), Italian, Portuguese and Brazilian, Austrian, Dutch, Polish, German
    "ICAL", "Servimedia", "Colpisa", "Agencia Atlas", "Télam", "Notimex", "AGI", "Adnkronos", "Agenzia Dire",
    "Imagoeconomica", "Global Imagens", "Folhapress", "Estadão Conteúdo", "Agência O Globo", "GEPA",
    "GEPA pictures", "EXPA", "APA-Images", "Hollandse Hoogte", "ANP Kippa", "Newspix", "KFP", "dts",
    "Funke Foto Services", "nordphoto",
    # house and library names as German, Austrian, Swiss, Dutch, Spanish, Portuguese, Polish, Italian,
    # French and British captions sign them ("Jane Roe/SZ Photo", "Foto: APA/picturedesk.com")
    "SZ Photo", "SZ-Photo", "Süddeutsche Zeitung Photo", "picturedesk.com", "EQ Images", "freshfocus",
    "dpa-tmn", "Geisler-Fotopress", "Eibner-Pressefoto", "photothek", "photothek.net", "Zoonar", "imageBROKER",
    "mauritius images", "laif", "Ostkreuz", "teutopress", "Future Image", "ANP Foto", "BSR Agency", "Pro Shots",
    "Gtres", "GTRES", "AFP7", "Alamy Stock Photo", "Agência Lusa", "Agência Senado", "Agência Câmara",
    "Agência Estado", "Agencja Wyborcza.pl", "FotoNews", "Kontrolab", "Belga Photo",
    "NTB Scanpix", "TT Nyhetsbyrån", "ABACAPRESS", "ABACAPRESS.COM", "IP3 Press", "Sipa Press", "Leemage",
    "Bridgeman Images", "Mirrorpix", "Splash News", "Backgrid", "BACKGRID", "Cover Images", "PA Archive",
    "Alamy Live News", "AAP Image",
    # words that sign a picture as an agency would: Brazilian handouts and reproductions ("Reprodução/
    # Instagram"), Spanish "supplied", French "droits réservés", British picture agencies
    "Divulgação", "Reprodução", "Cedida", "Cedidas", "DR", "SWNS", "Mercury Press", "Kennedy News", "Jam Press",
    "Caters News", "Triangle News", "Solent News",
    # stock libraries as captions sign them
    "Dreamstime", "Depositphotos", "123RF", "Freepik",
)

#: Agencies that only ever sign pictures, never text: a stock library or a handout word. Bare after a
#: caption ("... will remain open. ALAMY") each is a credit whatever the caption's cues; a news agency's
#: bare name may sign off a wire story instead. Compared case-insensitively with the whole credit.
PICTURE_ONLY_AGENCIES: tuple[str, ...] = (
    "Getty Images", "Getty", "Shutterstock", "Alamy", "Alamy Stock Photo", "iStock", "iStockphoto", "Adobe Stock",
    "stock.adobe.com", "Fotolia", "Colourbox", "Panthermedia", "Westend61", "imageBROKER", "mauritius images",
    "Zoonar", "Unsplash", "Pexels", "Pixabay", "Dreamstime", "Depositphotos", "123RF", "Freepik",
    "Science Photo Library", "Bridgeman Images", "Handout", "Divulgação", "Reprodução", "Cedida", "Cedidas",
)

#: Words with which an agency closes a story ("Lusa/Fim", "ANSA/FINE", "APA/ENDE"): "AGENCY/<word>" is
#: the end of the wire copy, not a photographer's credit.
WIRE_END_WORDS: tuple[str, ...] = ("fim", "fin", "fine", "end", "ends", "ende", "koniec", "konec", "slut", "slutt", "loppu")

#: Words that introduce a credit, by language ("Photo: Jane Doe", "Foto: dpa").
CREDIT_PREFIXES: tuple[str, ...] = (
    "photo", "photos", "photograph", "photography", "picture", "pictures", "image", "images", "img", "pic",
    "credit", "credits", "photo credit", "image credit", "image source", "source", "image copyright",
    # not "video": "Video: Signing Day highlights" titles a clip far more often than it credits one
    "copyright", "illustration", "graphic", "main image credit", "photo illustration",
    "foto", "fotos", "bild", "bilder", "bildquelle", "quelle", "fotograf", "fotografie",
    "bildrechte", "bildnachweis", "fotonachweis",  # "Bildrechte: Hafen AG", "Bildnachweis: Jane Roe"
    "crédit", "crédits", "crédit photo", "photo de", "illustration",
    "fotografía", "fotografia", "imagen", "imágenes", "crédito", "créditos",
    "immagine", "immagini", "credito",
    "imagem", "fotografia de", "créditos",
    "beeld", "afbeelding",
    "zdjęcie", "zdjęcia", "fot.", "fot", "źródło",
    "фото", "фотография", "источник",
    "fotoğraf", "görsel", "kuva", "billede", "bilde",
    "写真", "画像", "图片", "圖片", "图片来源", "圖片來源", "摄影", "攝影",
    # a chart's, rendering's or montage's credit: "Visualisierung: SWM", "Infographie : Le Rhône Matin"
    "visualisierung", "grafik", "infografik", "infographic", "infographie", "infografía", "infografia",
    "gráfico", "grafico", "grafika", "fotomontage", "fotomontaż",
)

#: Words that sign a handout where a photographer's name would stand: "Fot. Urząd Miasta / materiały
#: prasowe", "Foto: Stadtwerke / Pressebild", "Hafen AG / handout" (``patterns.NAME_SLASH_HANDOUT``).
HANDOUT_WORDS: tuple[str, ...] = (
    "materiały prasowe", "materiały promocyjne", "mat. pras.", "mat. prasowe", "handout", "press handout",
    "press release", "pressebild", "pressefoto", "pressestelle", "service de presse", "document fourni",
    "ufficio stampa", "divulgação", "cortesía", "cedida", "persbericht", "pressefotos",
)

#: Rights notices a picture may be signed with instead of a name: "... a Palazzo Reale - RIPRODUZIONE
#: RISERVATA", a line "© Tous droits réservés" over a caption. Only beside a caption are they its credit;
#: with a company name or a year they are the site's copyright footer (page chrome).
RIGHTS_NOTICES: tuple[Marker, ...] = (
    Marker(r"all rights reserved", "All rights reserved", "en"),
    Marker(r"alle rechte vorbehalten", "Alle Rechte vorbehalten", "de"),
    Marker(r"tous droits r[ée]serv[ée]s", "© Tous droits réservés", "fr"),
    Marker(r"todos los derechos reservados", "Todos los derechos reservados", "es"),
    Marker(r"riproduzione riservata|tutti i diritti riservati", "RIPRODUZIONE RISERVATA", "it"),
    Marker(r"todos os direitos reservados", "Todos os direitos reservados", "pt"),
    Marker(r"alle rechten voorbehouden", "Alle rechten voorbehouden", "nl"),
    Marker(r"wszelkie prawa zastrze[żz]one", "Wszelkie prawa zastrzeżone", "pl"),
)

#: How a caption without a credit opens on what the picture looks at ("View of ...", "Blick auf ...").
#: Only a short line between paragraphs whose first clause has no verb of ``CLAUSE_WORDS`` is taken.
VIEW_OPENERS: tuple[Marker, ...] = (
    Marker(r"blick (?:auf|vom|von|über|in|ins|aus|zum|zur)", "Blick vom Turm auf die Altstadt", "de"),
    Marker(r"vue (?:de|du|des|sur|depuis|a[ée]rienne)", "Vue du pont de Normandie au coucher du soleil", "fr"),
    Marker(r"vista (?:de|del|desde|a[ée]rea|general)", "Vista aérea del embalse de Mequinenza", "es"),
    Marker(r"vista (?:do|da|dos|das|a[ée]rea|geral)", "Vista da serra de Monchique ao amanhecer", "pt"),
    Marker(r"(?:the |a )?views? (?:of|from|over|across)", "The view from the ridge just after sunrise.", "en"),
    Marker(r"widok (?:na|z|ze|od)", "Widok na Stare Miasto z wieży ratuszowej", "pl"),
    Marker(r"veduta (?:di|del|della|dello|dei|delle|dall[ao]?|aerea)", "Veduta aerea del porto di Genova", "it"),
    Marker(r"(?:gezicht|uitzicht) (?:op|over|vanaf)", "Gezicht op de haven van Harlingen", "nl"),
)

#: How a blog points at its own picture: "So sah das Beet im Mai aus.", "Here's what the bed looked like
#: in May." The sentence says how something looked and nothing else: its first clause (up to a dash or
#: a full stop) must match one of these whole, so "So sah der Plan aus: ..." and "So sieht es auch die
#: Stadt" stay prose. Only a short line between paragraphs is taken (``caption_layouts.bare_captions``).
LOOK_SENTENCES: tuple[Marker, ...] = (
    Marker(r"so (?:sah|sahen|sieht|sehen)(?: [^\s,:;]{1,25}){2,8} aus", "So sah das Beet im Mai aus.", "de"),
    Marker(
        r"(?:here's|here is|this is|that's) (?:how|what)(?: [^\s,:;]{1,25}){2,6} look(?:ed|s)?(?: like)?"
        r"(?: (?:in|on|at|before|after|during|today|now|last|this|back then)(?: [^\s,:;]{1,25}){0,5})?",
        "Here's what the bed looked like in May.",
        "en",
    ),
    Marker(r"as[íi] (?:luc[íi]a|luc[íi]an|luce|lucen|qued[óo]|quedaron)(?! (?:claro|clara|demostrado|patente|constancia|reflejado|de manifiesto|en evidencia)\b)(?: [^\s,:;]{1,25}){1,10}", "Así lucía el huerto en mayo.", "es"),
    Marker(r"voici (?:à quoi ressembl(?:ait|aient|e|ent)|ce que donn(?:ait|e))(?: [^\s,:;]{1,25}){1,10}", "Voici à quoi ressemblait le potager en mai.", "fr"),
    Marker(r"ecco come (?:appariva|apparivano|appare|si presentava|si presenta)(?: [^\s,:;]{1,25}){1,10}", "Ecco come appariva l'orto a maggio.", "it"),
    Marker(r"tak (?:wygl[ąa]da[łl](?:a|o|y)?|wygl[ąa]da(?:j[ąa])?)(?: [^\s,:;]{1,25}){1,10}", "Tak wyglądała grządka w maju.", "pl"),
    Marker(r"zo (?:zag|zagen|ziet|zien)(?: [^\s,:;]{1,25}){2,8} (?:er )?uit", "Zo zag het bed er in mei uit.", "nl"),
    Marker(r"(?:assim|foi assim que) (?:ficou|ficaram|estava|estavam)(?: [^\s,:;]{1,25}){1,10}", "Assim ficou a horta depois da chuva.", "pt"),
)

#: Finite verbs and conjunctions that make a phrase a clause ("The view from Washington *is* that ...").
#: A caption's opening phrase has none of them. Matched as whole words.
CLAUSE_WORDS: tuple[Marker, ...] = (
    Marker(
        r"is|are|was|were|has|have|had|will|would|that|which",
        "The view from Washington is that the deal is dead.",
        "en",
    ),
    Marker(r"ist|sind|war|waren|hat|haben|wird|werden|dass|zeigt", "Blick auf die Zahlen zeigt ein Plus.", "de"),
    Marker(r"est|sont|[ée]tait|ont|sera|que|qui", "Vue de Paris, la crise est déjà loin.", "fr"),
    Marker(r"es|son|fue|era|ha|han|ser[áa]|que", "Vista de la situación que vive el sector.", "es"),
    Marker(r"[èe]|sono|era|ha|hanno|sar[àa]|che", "Veduta di chi è rimasto in città.", "it"),
    Marker(r"[ée]|s[ãa]o|foi|tem|t[êe]m|ser[áa]", "Vista do governo é que a crise passou.", "pt"),
    Marker(r"zijn|heeft|hebben|wordt|dat", "Gezicht op de zaak heeft de rechter niet.", "nl"),
    Marker(r"jest|s[ąa]|by[łl][aoy]?|b[ęe]dzie|[żz]e", "Widok na przyszłość jest dobry.", "pl"),
)

#: "Name, during <occasion>": the word after the comma in a caption naming who is shown and when
#: ("El gerente Andrés Lizcano, durante un recorrido por el patio taller.").
OCCASION_WORDS: tuple[Marker, ...] = (
    Marker(r"during", "Jane Roe, during a visit to the new quay.", "en"),
    Marker(r"w[äa]hrend|bei|beim", "Jana Roe, während der Pressekonferenz in Bremen.", "de"),
    Marker(r"pendant|lors d[eu]|lors de l'|au cours d[eu]", "Jeanne Roe, lors de l'inauguration du pont.", "fr"),
    Marker(r"durante", "El gerente Andrés Roe, durante un recorrido por la obra.", "es"),
    Marker(r"nel corso|in occasione", "Gianna Roe, in occasione della visita al cantiere.", "it"),
    Marker(r"podczas|w trakcie", "Anna Nowak, podczas konferencji prasowej w Gdańsku.", "pl"),
    Marker(r"tijdens|bij", "Jan de Roe, tijdens het bezoek aan de haven.", "nl"),
)

#: German caption phrases without a verb ("Ein Wolf im Wildpark Schorfheide."): after the article,
#: every word is capitalised (nouns, names), a number, or one of these function words. A verb, an
#: adjective or an adverb makes the phrase something else.
CAPTION_PHRASE_WORDS: tuple[Marker, ...] = (
    Marker(
        r"im|am|in|an|auf|über|unter|vor|hinter|neben|zwischen|nach|bei|beim|mit|von|vom|zum|zur|aus|für|nahe"
        r"|der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|und|oder|seit|ins|ans|aufs",
        "im",
        "de",
    ),
)

#: Words a question opens with, by language: a subheading put as a question without its "?" ("Qué cambia
#: para los vecinos del puerto", "Was sich jetzt für Pendler ändert") is no caption (``split_captions``).
QUESTION_OPENERS: frozenset[str] = frozenset(
    {
        "what", "how", "why", "who", "when", "where", "which",  # en
        "was", "wie", "warum", "wieso", "weshalb", "wer", "wann", "wo", "welche", "welcher", "welches",  # de
        "que", "quoi", "comment", "pourquoi", "qui", "quand", "où", "quel", "quelle", "quels", "quelles",  # fr
        "qué", "cómo", "quién", "quiénes", "cuándo", "dónde", "cuál", "cuáles", "cuánto", "cuánta",  # es
        "cosa", "come", "perché", "chi", "quando", "dove", "quale", "quali", "quanto", "quanti",  # it
        "como", "porque", "quem", "onde", "qual", "quais", "quantos",  # pt
        "wat", "hoe", "waarom", "wanneer", "waar", "welke",  # nl
        "co", "jak", "dlaczego", "kto", "kiedy", "gdzie", "który", "która", "które", "ile",  # pl
        "vad", "hur", "varför", "vem", "när", "var", "vilken", "vilka",  # sv
        "hva", "hvordan", "hvorfor", "hvem", "når", "hvor", "hvilken", "hvad",  # no, da
        "proč", "kdo", "kdy", "kde", "který", "kolik",  # cs
        "ce", "cum", "de ce", "cine", "când", "unde", "care",  # ro
        "ne", "nasıl", "neden", "kim", "ne zaman", "nerede", "hangi",  # tr
    }
)

#: Labels that name where a text or its facts came from, not who took a picture: "Źródło: PAP, Polsat
#: News" under the last paragraph, "Quelle: dpa". Such a line is no caption's credit (``split_captions``).
SOURCE_LABELS: tuple[Marker, ...] = (
    Marker(r"sources?", "Source: Harbour Statistics Office", "en"),
    Marker(r"quellen?", "Quelle: dpa, eigene Recherche", "de"),
    Marker(r"sources?", "Sources : AFP, Le Courrier du Port", "fr"),
    Marker(r"fuentes?", "Fuente: Europa Press", "es"),
    Marker(r"fonti|fonte", "Fonte: ANSA", "it"),
    Marker(r"fontes?", "Fonte: Agência Lusa", "pt"),
    Marker(r"bronn?(?:en)?", "Bron: ANP, NOS", "nl"),
    Marker(r"[źz]r[óo]d[łl][oa]", "Źródło: PAP, TVN24", "pl"),
    Marker(r"источники?", "Источник: ТАСС", "ru"),
)

#: Words that introduce a caption line ("Image caption Rescue teams ...", "Bildunterschrift: ...").
CAPTION_PREFIXES: tuple[Marker, ...] = (
    Marker(r"file(?: photo)?\s?[:-]", "FILE PHOTO: A man walks past the bank's logo in London, May 3, 2019.", "en"),
    # an archive note and a dash open an agency's archive caption ("Archivo - Un tren ... - Europa Press")
    Marker(r"(?:archivo|archive|archiv|archivio|arquivo)\s[-–—]\s", "Archivo - Un tren de la línea 7B en la estación de Sol.", "*"),
    # "In the picture:" with a colon opens a caption in every language ("Im Bild: Die Bürgermeisterin ...");
    # without the colon ("Na zdjęciu, które trafiło do sieci, widać ...") a story may talk about a photo
    Marker(r"(?:im|auf dem|auf unserem) (?:bild|foto)(?: oben| unten| links| rechts)? ?:", "Im Bild: Die Bürgermeisterin bei der Eröffnung des neuen Kais.", "de"),
    Marker(r"pictured(?: above| below| left| right| here| from left)? ?:|(?:in|on) (?:the|this|our) (?:photo|picture|image) ?:", "Pictured: The mayor at the opening of the new quay.", "en"),
    Marker(r"na (?:zdj[ęe]ciu|fotografii)(?: powy[żz]ej| obok| od lewej)? ?:", "Na zdjęciu: burmistrz podczas otwarcia nowego nabrzeża.", "pl"),
    Marker(r"en (?:la|esta|nuestra) (?:imagen|foto|fotograf[íi]a) ?:", "En la imagen: la alcaldesa durante la inauguración del muelle.", "es"),
    Marker(r"sur (?:la|cette|notre) photo ?:", "Sur notre photo : la maire lors de l'inauguration du quai.", "fr"),
    Marker(r"nella foto ?:", "Nella foto: la sindaca all'inaugurazione del molo.", "it"),
    Marker(r"na (?:foto|imagem) ?:", "Na foto: a prefeita durante a inauguração do cais.", "pt"),
    Marker(r"op de foto ?:", "Op de foto: de burgemeester bij de opening van de kade.", "nl"),
    Marker(r"(?:in )?(?:this|these) (?:undated |file |handout |aerial |combination |video |photo )*(?:photo|image|picture|photos|images|pictures|frame grab|screenshot|file photo)(?: taken| made| released| provided| distributed| from| shows| of)?", "In this undated photo released by the ministry, soldiers march.", "en"),
)

#: Labels in front of a caption that are not part of it: the caption keeps the text after them.
CAPTION_LABELS: tuple[Marker, ...] = (
    Marker(r"(?:image|photo|media|video) caption:?", "Image caption Rescue teams worked through the night", "en"),
    Marker(r"caption:", "Caption: Rescue teams worked through the night", "en"),
    Marker(r"\d{1,3} ?of ?\d{1,3}(?=\p{Lu})", "2of4A shopper looks at extension cords at a hardware store.", "*"),
    Marker(r"bildunterschrift:?|bild(?:text)?:", "Bildunterschrift: Helfer räumen Trümmer", "de"),
    Marker(r"l[ée]gende ?:", "Légende : Des secouristes au travail", "fr"),
    Marker(r"pie de (?:foto|imagen):?", "Pie de foto: Equipos de rescate trabajan", "es"),
    Marker(r"didascalia:?", "Didascalia: Soccorritori al lavoro", "it"),
    Marker(r"legenda:?", "Legenda: Equipes de resgate trabalham", "pt"),
    Marker(r"onderschrift:?|bijschrift:?", "Bijschrift: Reddingswerkers aan het werk", "nl"),
    Marker(r"podpis(?: zdj[eę]cia)?:", "Podpis zdjęcia: Ratownicy przy pracy", "pl"),
    Marker(r"подпись(?: к фото)?:", "Подпись к фото: Спасатели за работой", "ru"),
)

#: Notes a caption adds about its picture ("Archive photo", "Symbolbild" and friends in other
#: languages); each is one cue for ``captions.caption_score``. Matched anywhere in the line.
PICTURE_NOTES: tuple[Marker, ...] = (
    Marker(r"архивное фото|фото из архива|иллюстративное фото|фото:? иллюстрация", "Снегопад в Москве. Архивное фото", "ru"),
    Marker(r"archiefbeeld|archieffoto|illustratief beeld|archieffoto ter illustratie", "De dijk bij Lelystad. Archiefbeeld", "nl"),
    Marker(r"arkivbild|arkivfoto|genrebild|illustrasjonsfoto|illustrationsfoto|arkivfoto", "Snöröjning i Kiruna. Arkivbild", "sv"),
    Marker(r"zdj[eę]cie (?:ilustracyjne|archiwalne)|fot\. archiwum", "Posiedzenie Sejmu. Zdjęcie ilustracyjne", "pl"),
    Marker(r"immagine d'archivio|foto d'archivio|foto di repertorio|immagine di repertorio", "Il passo Pordoi, foto di repertorio", "it"),
    Marker(r"foto de arquivo|imagem de arquivo|imagem ilustrativa|foto ilustrativa", "A serra de Monchique. Foto de arquivo", "pt"),
    Marker(r"imagen ilustrativa|imagen de recurso|foto de recurso", "Una calle de Valencia. Imagen de recurso", "es"),
    Marker(r"\((?:illustration|photo d'illustration|image d'illustration|symbolbild|symbolfoto|archives)\)|^illustration\b", "Un vigneron en Bourgogne. (Photo d'illustration)", "*"),
    Marker(r"dosya foto[ğg]raf|ar[şs]iv foto[ğg]raf", "Merkez Bankası binası. Arşiv fotoğraf", "tr"),
    Marker(r"資料写真|资料图片?|資料圖片?", "那覇市内の街路樹（資料写真）", "ja"),
)

#: Verbs and phrases that report what someone said or announced, beyond the English and German of
#: ``patterns.SPEECH_CUE``: a line with one reports news, it does not describe a picture. Words that
#: also mean something else ("secondo", "segundo": second; "laut": loud; "sa") are left out.
REPORTING_VERBS: tuple[Marker, ...] = (
    Marker(r"inform[óo]|anunci[óo]|explic[óo]|se[ñn]al[óo]|asegur[óo]|indic[óo]|declar[óo]|seg[úu]n", "Un sismo sacudió Oaxaca, informó el servicio sismológico.", "es"),
    Marker(r"afirmou|informou|anunciou|explicou|declarou", "O instituto estima uma quebra de 15%, anunciou hoje a instituição.", "pt"),
    Marker(r"a (?:annonc[ée]|indiqu[ée]|pr[ée]cis[ée]|expliqu[ée]|affirm[ée])|selon", "La récolte devrait reculer, selon le ministère.", "fr"),
    Marker(r"ha (?:annunciato|spiegato|dichiarato|affermato|riferito)", "Il testo passa alla Camera, ha annunciato il ministro.", "it"),
    Marker(r"teilte (?:am \w{1,12} )?mit|mitteilte|betonte|nach angaben", "Das Landesamt teilte am Montag mit, die Zahl sei gestiegen.", "de"),
    Marker(r"meldt|volgens|aldus|liet weten", "Volgens de gemeente daalde het aantal diefstallen.", "nl"),
    Marker(r"poinformowa[łl][ao]?|poda[łl][ao]?|powiedzia[łl][ao]?|wed[łl]ug|zapowiedzia[łl][ao]?", "Inflacja spadła – podał GUS.", "pl"),
    Marker(r"сообщил[аио]?|заявил[аио]?|по словам|по данным|рассказал[аио]?", "Движение перекрыто, сообщили в информационном центре.", "ru"),
    Marker(r"s[äa]ger|sade|meddelade|enligt|uppger|sier|opplyser|if[øo]lge|melder|siger|sagde|oplyser", "Det meddelade finansministern på torsdagen.", "sv"),
    Marker(r"a[çc][ıi]klad[ıi]|bildirdi|g[öo]re|s[öo]yledi|dedi", "Kurul, düşüşün sürdüğünü açıkladı.", "tr"),
    Marker(r"reported|announced|stated", "The agency announced the closure on Monday.", "en"),
)

#: How a wire story opens its first paragraph: place, agency, dash. A line that opens like this is the
#: lede, never a caption, whatever photo credit stands next to it. Matched at the start of the line.
WIRE_DATELINES: tuple[Marker, ...] = (
    Marker(r"(?-i:\p{Lu}[\p{L}.'-]{1,30}(?: \p{Lu}[\p{L}.'-]{1,30}){0,2})(?:, [\p{L}\d .]{1,20})? \([\p{L}/ -]{2,20}\) ?[-–—]", "Potsdam (dpa/bb) - Im Hafen wurde am Montag gestreikt.", "*"),
    Marker(r"\((?-i:\p{Lu}[\p{L}/-]{1,15})\) ?[-–—] ?(?-i:\p{Lu}{2,30})", "(ANSA) - ROMA, 27 NOV - Il Senato ha approvato la legge.", "*"),
    Marker(r"(?-i:\p{Lu}{2,30}(?:[ -]\p{Lu}{2,30}){0,2}), \d{1,2} \p{L}{3,10}\.? ?(?:/|[-–—] ?\p{Lu})", "МОСКВА, 27 ноября. /ТАСС/. Движение перекрыто.", "*"),
    Marker(r"(?:新华社|新華社|中新社|中新网)\p{Han}{1,8}\d{1,2}月\d{1,2}日(?:电|電)", "新华社北京11月27日电 一条新线路今天开通。", "zh"),
)

# --------------------------------------------------------------------------- free-form credits
# A credit that is no agency and has no "Photo:" label, written after a caption's last sentence on
# the same line ("... in 2015. Courtesy of the Kessler family"). ``credit_freeform`` matches each
# pattern against the whole tail after the sentence's end; the example is such a tail. What follows
# the opening words: a free object ("of the Kessler family") or a name after a separator ("/ Jane Roe").
_FREE_OBJECT = r"\s[^\n]{1,60}"
_FREE_WHO = r"(?:\s?[/|:,]\s?|\s(?:by|von|de|di|door|par|por|przez|od|van)\s)(?-i:\p{Lu})[^\n]{0,50}"

#: Free-form credits: courtesy lines, readers' pictures, press offices and handouts, by language.
FREE_CREDITS: tuple[Marker, ...] = (
    # courtesy: "Courtesy of the Kessler family", "Photo courtesy Harbour Museum"
    Marker(rf"(?:(?:photo|image|picture|video)s?\s)?courtesy(?:\sof)?{_FREE_OBJECT}", "Courtesy of the Kessler family", "en"),
    Marker(r"(?:(?:foto|imagen)\s)?cortes[íi]a(?:\s(?:de|del)\s?[^\n]{1,60})?", "Cortesía de Bomberos de Lugo", "es"),
    # "Gentileza": the courtesy word of Argentine, Uruguayan and Brazilian papers, before the giver
    Marker(rf"(?:(?:foto|imagen|imagem)\s)?gentileza(?:\s(?:de|del|da|do|dos|das))?{_FREE_OBJECT}", "Gentileza Bodega Piedra Alta", "es"),
    Marker(rf"(?:(?:foto|immagine|imagem)\s)?cortesia(?:\s(?:di|del|della|dell['’]|dello|dei|degli|de|da|do|dos)\s?)?(?:{_FREE_OBJECT})?", "Cortesia Vigili del Fuoco", "it"),
    Marker(r"(?:photo\s)?avec\sl['’]aimable\sautorisation\s(?:de|du|des|d['’])\s?[^\n]{1,60}", "Avec l'aimable autorisation de la mairie", "fr"),
    Marker(r"(?:photo\s)?courtoisie(?:\s(?:de|du|des|d['’])\s?[^\n]{1,60})?", "Photo courtoisie", "fr"),
    Marker(rf"(?:(?:foto|bild)\s)?mit\sfreundlicher\sgenehmigung(?:\s(?:von|der|des|vom))?{_FREE_OBJECT}", "Mit freundlicher Genehmigung der Feuerwehr", "de"),
    Marker(rf"(?:(?:foto|immagine)\s)?(?:per\s|su\s)?gentile\sconcessione(?:\s(?:di|del|della|dell['’]|dei|degli))?{_FREE_OBJECT}", "Per gentile concessione del Comune di Asti", "it"),
    Marker(rf"(?:(?:fot\.|zdj\.|zdjęcie)\s?)?dzięki\suprzejmości{_FREE_OBJECT}", "Dzięki uprzejmości OSP Lubań", "pl"),
    Marker(rf"(?:foto:?\s)?met\sdank\saan{_FREE_OBJECT}", "Met dank aan Brandweer Zwolle", "nl"),
    # readers' and viewers' pictures: "Reader photo", "Viewer photo / Dolores Whitt", "Leserfoto"
    Marker(rf"(?:reader|viewer|listener|community)(?:[-\s]submitted)?\s(?:photo|image|picture|pic|video)s?(?:{_FREE_WHO})?", "Viewer photo / Dolores Whitt", "en"),
    Marker(rf"(?:photo|image|picture)s?\s(?:provided|submitted|supplied|contributed)(?:\sby{_FREE_OBJECT})?", "Photo provided by the city of Dunmore", "en"),
    Marker(rf"(?:submitted|contributed|supplied|publicity|press)\s(?:photo|image|picture)s?{_FREE_WHO}", "Submitted photo / Jane Roe", "en"),
    Marker(rf"leser(?:innen)?-?(?:foto|bild|reporter(?:in)?)s?(?:{_FREE_WHO})?", "Leserfoto", "de"),
    Marker(rf"photo\s(?:d['’](?:un|une)\s)?(?:lecteur|lectrice|internaute)(?:{_FREE_WHO})?", "Photo d'un lecteur", "fr"),
    Marker(rf"(?:foto|imagen)\s(?:de\s(?:un|una)\s)?(?:lector|lectora)(?:{_FREE_WHO})?", "Foto de un lector", "es"),
    Marker(rf"foto\s(?:di\s(?:un|una)\s|del\s|della\s)?(?:lettore|lettrice)(?:{_FREE_WHO})?", "Foto lettore", "it"),
    Marker(rf"(?:foto|imagem)\s(?:de\s(?:um|uma)\s)?(?:leitor|leitora)(?:{_FREE_WHO})?", "Foto de um leitor", "pt"),
    Marker(rf"(?:(?:zdjęcie|foto)\s|(?:fot|zdj)\.\s?)(?:od\s)?czytelni(?:ka|czki|ków)(?:{_FREE_WHO})?", "zdjęcie czytelnika", "pl"),
    Marker(rf"(?:foto\s(?:van\s)?(?:een\s)?lezer|lezersfoto)(?:{_FREE_WHO})?", "foto van een lezer", "nl"),
    # press offices and handouts: "Foto ufficio stampa", "materiały prasowe", "Pressefoto"
    Marker(rf"(?:foto\s)?ufficio\sstampa(?:{_FREE_OBJECT})?", "Foto ufficio stampa", "it"),
    Marker(rf"(?:(?:fot|zdj)\.\s?)?(?:mat\.|materiały)\s(?:pras\.|prasowe)(?:{_FREE_OBJECT})?", "fot. materiały prasowe", "pl"),
    Marker(r"presse(?:foto|bild)|(?:foto|bild)\s(?:privat|pressestelle)", "Pressefoto", "de"),
    Marker(rf"(?:photo\s)?service\sde\spresse|photo\sfournie(?:\spar{_FREE_OBJECT})?", "Photo service de presse", "fr"),
    Marker(rf"(?:foto|imagen)\scedida(?:\spor{_FREE_OBJECT})?", "Foto cedida por el Ayuntamiento", "es"),
    Marker(r"(?:foto\s)?(?:aangeleverd|eigen\sfoto)", "Foto aangeleverd", "nl"),
)

#: Single words that sign a picture as its whole credit, case-sensitive as written: "... the city. PR",
#: "... am Stadtrand. zVg" (zur Verfügung gestellt), "... harbour. Supplied".
FREE_CREDIT_WORDS: tuple[str, ...] = ("PR", "zVg", "ZVG", "z.V.g.", "Supplied", "SUPPLIED")

#: Prepositions of "Name for The Outlet" ("Bram Roe for The Machine Room", "Jean Roe pour Le Monde").
FREE_FOR_WORDS: tuple[str, ...] = ("for", "pour", "für", "para", "per", "voor", "dla")

#: Articles a newspaper's name opens with: after "for" an outlet is one of these, capitals or a paper's word.
OUTLET_ARTICLES: tuple[str, ...] = ("The", "THE", "Le", "La", "Les", "El", "Die", "Der", "Das", "Il", "Lo", "De", "Het")

#: Words that end a newspaper's or broadcaster's name: "... for Harbour Daily News", "Jane Roe/Harbour Weekly".
OUTLET_WORDS: tuple[str, ...] = (
    "Times", "News", "Post", "Herald", "Journal", "Tribune", "Gazette", "Sentinel", "Magazine", "Courier",
    "Chronicle", "Press", "Daily", "Star", "Observer", "Guardian", "Telegraph", "Review", "Record", "Examiner",
    "Inquirer", "Independent", "Register", "Standard", "Mail", "Express", "Mirror", "Dispatch", "Bulletin",
    "Zeitung", "Kurier", "Anzeiger", "Rundschau", "Tagblatt", "Nachrichten", "Monde", "Figaro", "País", "Mundo",
    "Diario", "Corriere", "Repubblica", "Stampa", "Giornale", "Gazeta", "Folha", "Globo", "Nieuwsblad", "Krant",
    "Courant", "Dagblad", "Wire", "Media", "TV", "Radio", "Weekly", "Online", "Digital",
    # a staff photographer's credit: "Jane Roe/Staff", "Jane Roe/Staff Photographer"
    "Staff", "Photographer", "Contributor", "Freelance",
)

# --------------------------------------------------------------------------- obituaries, author boxes, contacts
# Obituary guest-book buttons and author-box headings (``patterns`` tries them after the boilerplate
# markers), and a reporter's contact block after the article.

#: Obituary and guest-book chrome, whole lines: "Leave a condolence", "Sign the guest book", "Kondolieren".
OBITUARY_CHROME: tuple[Marker, ...] = (
    Marker(r"(?:leave|offer|send|share|post|add|view|read) (?:a |your |all |the )?(?:condolences?|memor(?:y|ies)|tributes?)|sign (?:the |our )?guest ?book|(?:view|visit|see) (?:the )?guest ?book|send (?:flowers|sympathy gifts?)|plant (?:a )?trees?(?: in (?:memory|honou?r) of [\p{L} .'-]{1,40})?|share (?:this )?obituary|(?:view|print|read) (?:the |full )?obituary|light a candle|guest ?book", "Sign the guest book", "en"),
    Marker(r"kondolieren|kondolenz(?:buch|seite)?|(?:eine )?kerze anz[üu]nden|(?:jetzt )?kondolenz (?:schreiben|eintragen)|trauerfall teilen|traueranzeige (?:teilen|drucken|ansehen)", "Kondolenzbuch", "de"),
    Marker(r"(?:pr[ée]senter|envoyer|laisser|d[ée]poser) (?:vos |des |un message de )?condol[ée]ances|registre de condol[ée]ances|condol[ée]ances|allumer une bougie|envoyer des fleurs", "Présenter vos condoléances", "fr"),
    Marker(r"(?:dar|enviar|dejar) (?:el |mis |tus |sus )?(?:p[ée]sames?|condolencias)|(?:libro de )?condolencias|encender una vela|enviar flores", "Enviar condolencias", "es"),
    Marker(r"(?:lascia|invia|scrivi) (?:un(?:a)? )?(?:messaggio di )?(?:condoglianze|cordoglio|pensiero)|condoglianze|accendi (?:un|una) (?:cero|candela)|invia fiori", "Lascia un messaggio di cordoglio", "it"),
    Marker(r"(?:deixe|enviar|envie) (?:as suas |as |suas |uma mensagem de )?condol[êe]ncias|condol[êe]ncias|acenda uma vela|enviar flores", "Deixe as suas condolências", "pt"),
    Marker(r"condoleren|condoleance(?:register|s)?|(?:laat een )?condoleance achter|steek een kaarsje aan|bloemen (?:sturen|versturen)", "Condoleren", "nl"),
    Marker(r"(?:z[łl][óo][żz]|prze[śs]lij) kondolencje|kondolencje|ksi[ęe]ga kondolencyjna|zapal (?:znicz|[śs]wiec[ęe])|wy[śs]lij kwiaty", "Złóż kondolencje", "pl"),
)

#: The heading of an author box under the article ("Über den Autor"; the English "About the author" is a
#: ``BOILERPLATE_LINES`` marker). The biography under it is the author's (``strip_article_frame``).
AUTHOR_BOX_HEADINGS: tuple[Marker, ...] = (
    Marker(r"(?:über|ueber) (?:den autor|die autorin|die autoren|die autorinnen)|zu[mr] (?:autor|autorin)|(?:der|die) (?:autor|autorin)", "Über den Autor", "de"),
    Marker(r"about the (?:author|authors|writer|reporter)|(?:the )?author", "About the author", "en"),
    Marker(r"[àa] propos de l'(?:auteur|autrice)|l'(?:auteur|autrice)", "À propos de l'auteur", "fr"),
    Marker(r"sobre (?:el|la) (?:autor|autora)|(?:el|la) (?:autor|autora)", "Sobre el autor", "es"),
    Marker(r"(?:sull'|l')(?:autore|autrice)", "L'autore", "it"),
    Marker(r"over de (?:auteur|schrijver)|de auteur", "Over de auteur", "nl"),
    Marker(r"o (?:autorze|autorce)|autor(?:ka)?", "O autorze", "pl"),
    Marker(r"sobre (?:o|a) (?:autor|autora)|(?:o|a) (?:autor|autora)", "Sobre o autor", "pt"),
)

#: Words of a press-contact heading ("Pressekontakt:", "Rückfragen bitte an:", "Contact presse"), folded:
#: the short lines under such a removed heading after the article are the contact block (company, name,
#: department) whose phone and e-mail lines ``BOILERPLATE_LINES`` take.
CONTACT_BLOCK_WORDS: tuple[str, ...] = (
    "kontakt", "contact", "rückfrage", "ruckfrage", "pressestelle", "press office", "contatt", "contato",
    "contacto", "perscontact", "persvoorlichting", "rzecznik",
)


#: A reporter's or newsroom's contact line after the article: "Reach her at jroe@example.com",
#: "Contact Jane Roe at 555-0100.", "Kontakt: redaktion@example.de". Tried only on the lines after the
#: last paragraph that hold an "@" or a digit (``strip_boilerplate``); the contact verb opens the line or
#: the sentence after the author's one-line bio, so "Police asked anyone with information to contact
#: ..." (the verb mid-sentence) is news and stays.
_CONTACT_NAME = r"(?-i:\p{Lu}[\p{L}.'’-]{1,20}(?: (?:(?:de|van|von|der|den|la|le|di|da|du|del|dos) ){0,2}\p{Lu}[\p{L}.'’-]{1,20}){0,3})"
_CONTACT_BIO = rf"(?:{_CONTACT_NAME} (?:covers|writes about|reports on|is (?:a|an|the) )[^.!?\n]{{1,120}}[.!] )?"
CONTACT_LINES: tuple[Marker, ...] = (
    Marker(rf"{_CONTACT_BIO}(?:reach|contact|e-?mail|write to|call|text|message|follow) (?:him|her|them|me|us|the (?:author|reporter|writer|newsroom|desk)|{_CONTACT_NAME})(?: (?:at|on|via|by|through)\b| ?:)[^\n]{{1,200}}", "Jane Roe covers state government. Reach her at jroe@example.com or follow her on X @janeroe.", "en"),
    Marker(rf"{_CONTACT_NAME} ?: ?(?:\+?[\d(][\d ()/.-]{{6,20}}|[\w.+-]{{1,64}}@[\w.-]{{1,100}})(?:(?:,| or| and|;) ?(?:\+?[\d(][\d ()/.-]{{6,20}}|[\w.+-]{{1,64}}@[\w.-]{{1,100}}|@[\w.]{{1,30}})){{0,3}}\.?", "Trevor Roe: 555-0142, troe@example.com", "*"),
    Marker(r"(?:kontakt(?: zur redaktion| zum autor| zur autorin)? ?:|schreiben sie (?:uns|der redaktion|dem autor|der autorin)(?: eine e-?mail)? (?:an|unter)|leserbriefe(?: bitte)? an|hinweise (?:bitte )?an) [^\n]{1,160}", "Kontakt: redaktion@example.de", "de"),
    Marker(r"(?:pour (?:nous )?joindre(?: l'auteur| l'autrice| la r[ée]daction| notre r[ée]daction)? ?:?|[ée]crivez(?:-nous| [àa] la r[ée]daction| [àa] l'auteur) (?:[àa]|au)|contact ?:) [^\n]{1,160}", "Pour nous joindre : 514 555-0100", "fr"),
    Marker(r"(?:contacto ?:|(?:para )?contactar(?: con)? (?:el autor|la autora|la redacci[óo]n) ?:?|escr[íi]b(?:enos|anos|ele|ale) (?:a|al)) [^\n]{1,160}", "Escríbenos a redaccion@example.es", "es"),
    Marker(r"(?:contatti ?:|per contattare (?:l'autore|l'autrice|la redazione) ?:?|scrivi(?:ci|gli|le)? (?:a|all')|segnalazioni (?:a|al)) ?[^\n]{1,160}", "Scrivi a redazione@example.it", "it"),
    Marker(r"(?:conta(?:c)?to ?:|(?:fale com|escreva (?:para|[àa])) (?:a reda[çc][ãa]o|o autor|a autora) ?:?) [^\n]{1,160}", "Fale com a redação: redacao@example.pt", "pt"),
    Marker(r"(?:contact ?:|mail (?:de redactie|ons|de auteur)(?: via| op)? ?:?|tips? (?:voor de redactie|naar) ?:?) [^\n]{1,160}", "Mail de redactie: redactie@example.nl", "nl"),
    Marker(r"(?:kontakt ?:|kontakt z (?:autorem|autork[ąa]|redakcj[ąa]) ?:?|napisz do (?:autora|autorki|nas|redakcji) ?:?) [^\n]{1,160}", "Kontakt z autorem: jan.roe@example.pl", "pl"),
)
