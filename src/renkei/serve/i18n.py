"""UI text in English and Japanese. Codes (acts, topics, parties) stay as they are:
they are the scheme's language-independent keys, and a reader of either language
sees the same codes in the data and the API."""

from __future__ import annotations

LANGS: tuple[str, ...] = ("en", "ja")

_TEXT: dict[str, tuple[str, str]] = {
    # key: (English, 日本語)
    "app": ("renkei", "連携"),
    "documents": ("Documents", "文書"),
    "programme": ("Programme", "協力計画"),
    "compare": ("Compare", "比較"),
    "search": ("Search", "検索"),
    "charts": ("Charts", "グラフ"),
    "upload": ("Upload", "取り込み"),
    "audit": ("Audit log", "監査ログ"),
    "login": ("Log in", "ログイン"),
    "logout": ("Log out", "ログアウト"),
    "user": ("User name", "ユーザー名"),
    "password": ("Password", "パスワード"),
    "login_failed": ("Wrong user name or password.", "ユーザー名またはパスワードが違います。"),
    "too_many": (
        "Too many failed attempts; wait a few minutes.",
        "失敗が多すぎます。数分待ってください。",
    ),
    "language": ("日本語", "English"),
    "title": ("Title", "題名"),
    "date": ("Date", "日付"),
    "lang": ("Language", "言語"),
    "kind": ("Kind", "種類"),
    "parties": ("Parties", "当事者"),
    "partnership": ("Partnership", "パートナーシップ"),
    "sentences": ("Sentences", "文"),
    "sections": ("Sections", "節"),
    "translation": ("Paired text", "対訳"),
    "area": ("Area", "分野"),
    "commitment": ("Commitment", "約束"),
    "commitments": ("Commitments", "約束"),
    "status": ("Status", "状況"),
    "evidence": ("Evidence", "根拠"),
    "last_evidence": ("Last evidence", "最新の根拠"),
    "made_in": ("Made in", "出典"),
    "restated_in": ("Restated in", "再確認"),
    "history": ("Progress timeline", "進捗の履歴"),
    "no_progress": ("No progress recorded.", "進捗の記録はありません。"),
    "record_progress": ("Record progress", "進捗を記録"),
    "releasability": ("Releasable to", "開示範囲"),
    "public": ("public", "公開"),
    "partners": ("partners", "パートナー"),
    "url": ("URL", "URL"),
    "sentence_ref": ("Sentence (DOC:SID)", "文 (DOC:SID)"),
    "save": ("Save", "保存"),
    "links": ("Proposed links", "リンク候補"),
    "accept": ("Accept", "承認"),
    "reject": ("Reject", "却下"),
    "state": ("State", "状態"),
    "score": ("Score", "スコア"),
    "author": ("Author", "記録者"),
    "doc_a": ("Earlier document", "前の文書"),
    "doc_b": ("Later document", "後の文書"),
    "kept": ("kept", "維持"),
    "new": ("new", "新規"),
    "dropped": ("dropped", "削除"),
    "hardened": ("hardened", "強化"),
    "softened": ("softened", "緩和"),
    "changes_only": ("Changes only", "変更のみ"),
    "topic": ("Topic", "トピック"),
    "change": ("Change", "変化"),
    "act": ("Act", "行為"),
    "actor": ("Actor", "主体"),
    "party": ("Party", "当事者"),
    "any": ("any", "すべて"),
    "from": ("From", "から"),
    "to": ("To", "まで"),
    "query": ("Words", "語句"),
    "results": ("Results", "結果"),
    "no_results": ("Nothing found.", "該当なし。"),
    "more": ("More", "さらに表示"),
    "stance_matrix": ("Speaker × target stance", "発言者 × 対象の姿勢"),
    "status_by_area": ("Commitment status by area", "分野別の約束の状況"),
    "over_time": ("Statements over time", "年別の文書数"),
    "stance_legend": (
        "green: welcomes, commits, reaffirms; red: concern, opposes, condemns, urges",
        "緑: 歓迎・約束・再確認、赤: 懸念・反対・非難・要求",
    ),
    "file": ("File (.txt, .pdf, .html)", "ファイル (.txt, .pdf, .html)"),
    "translation_of": ("Translation of (document id)", "原文の文書ID"),
    "ingest": ("Ingest", "取り込む"),
    "ingested": ("Ingested", "取り込み結果"),
    "filter": ("Filter", "絞り込み"),
    "open": ("Open", "開く"),
    "all": ("all", "すべて"),
    "not_found": ("Not found", "見つかりません"),
    "forbidden": ("You may not do this.", "この操作の権限がありません。"),
    "when": ("When", "日時"),
    "who": ("Who", "誰が"),
    "what": ("What", "何を"),
    "target": ("Target", "対象"),
    "no_commitments": ("No commitments stored.", "約束は登録されていません。"),
    "codes": ("Codes", "コード"),
    "not_started": ("not started", "未着手"),
    "limited": ("limited", "限定的"),
    "substantial": ("substantial", "相当程度"),
    "complete": ("complete", "完了"),
    "withdrawn": ("withdrawn", "撤回"),
    "proposed": ("proposed", "提案"),
    "accepted": ("accepted", "承認済み"),
    "rejected": ("rejected", "却下済み"),
}


def pick(lang: str | None, accept_language: str | None = None) -> str:
    """The cookie's choice, else the browser's first supported language, else English."""
    if lang in LANGS:
        return lang
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGS:
            return code
    return "en"


def translator(lang: str) -> dict[str, str]:
    """key -> text in `lang`; unknown keys render as themselves (codes).

    One shared table per language: templates only read it."""
    return _TABLES[lang if lang in LANGS else LANGS[0]]


_TABLES: dict[str, dict[str, str]] = {
    lang: {k: v[i] for k, v in _TEXT.items()} for i, lang in enumerate(LANGS)
}
