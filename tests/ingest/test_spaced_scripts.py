"""Thai, Lao and Khmer end sentences without a full stop: each claim is still its own statement
(a Thailand-Cambodia border desk tags the army's accusation and the ministry's denial apart)."""

from __future__ import annotations

from pathlib import Path

from claimtrack.ingest import detect_language, read_document, segment
from tests.conftest import Runner

ACCUSED = "กองทัพบกไทยระบุว่าทหารกัมพูชาเปิดฉากยิงก่อนที่บริเวณชายแดน"  # the army says Cambodia fired first
WOUNDED = "ทหารไทยได้รับบาดเจ็บสองนาย"  # two Thai soldiers were wounded
DENIED = (  # the Cambodian ministry denied it, and said the Thai side fired first
    "โฆษกกระทรวงกลาโหมกัมพูชาปฏิเสธข้อกล่าวหาดังกล่าว และกล่าวว่าฝ่ายไทยเป็นผู้ยิงก่อน"
)
ARTICLE = f"{ACCUSED} {WOUNDED} {DENIED}\n"


def sentences(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in segment(text, lang)]


def test_a_thai_paragraph_is_cut_at_the_spaces_between_its_sentences() -> None:
    assert sentences(ARTICLE, "th") == [ACCUSED, WOUNDED, DENIED]


def test_and_said_that_stays_with_its_subject() -> None:
    """A space before "และ" (and) joins two clauses of one sentence."""
    (only,) = sentences(DENIED, "th")
    assert only == DENIED


def test_a_name_its_title_and_what_was_said_are_one_statement() -> None:
    """Mr Anutin Charnvirakul, the prime minister, said that the army will answer every
    incursion: spaces around a name, a surname, a title and after "said that"."""
    said = "นายอนุทิน ชาญวีรกูล นายกรัฐมนตรี กล่าวว่า กองทัพไทยจะตอบโต้ทุกการรุกล้ำ"
    toll = (  # 12 Cambodian soldiers died, by the army's figures, but Cambodia says 3
        "ทหารกัมพูชาเสียชีวิต 12 นาย ตามข้อมูลของกองทัพบก แต่กระทรวงกลาโหมกัมพูชาระบุว่ามีผู้เสียชีวิตเพียง 3 ราย"
    )
    assert sentences(f"{said} {toll}", "th") == [said, toll]


def test_a_quotation_after_said_that_is_not_cut_from_it() -> None:
    quoted = 'นายกรัฐมนตรีกล่าวว่า "เราจะปกป้องอธิปไตยของเราจนถึงที่สุด"'
    assert sentences(quoted, "th") == [quoted]


def test_a_full_stop_ends_no_thai_sentence_but_a_question_mark_does() -> None:
    """ "08.20 น." is a time (น. abbreviates o'clock); a place after what happened there and
    what it caused are the same sentence."""
    reported = (  # reporters said that at 08.20 a clash broke out at Ta Muen Thom, Surin
        "ผู้สื่อข่าวรายงานว่า เมื่อวันที่ 24 กรกฎาคม 2568 เวลา 08.20 น. "
        "เกิดเหตุปะทะกันระหว่างทหารไทยและทหารกัมพูชาบริเวณปราสาทตาเมือนธม จังหวัดสุรินทร์"
    )
    shelled = (  # the 2nd Army says Cambodia shelled Thai ground, killing 12 civilians
        "กองทัพภาคที่ 2 ระบุว่า ฝ่ายกัมพูชาได้ใช้อาวุธปืนใหญ่ยิงเข้ามาในพื้นที่ของไทย "
        "ทำให้มีพลเรือนเสียชีวิต 12 ราย และบาดเจ็บอีกจำนวนมาก"
    )
    asked = "ทหารไทยบาดเจ็บหรือไม่?"  # were Thai soldiers wounded?
    unconfirmed = "กองทัพยังไม่ยืนยันตัวเลขผู้บาดเจ็บ"  # the army has not confirmed the figure
    text = f"{reported} {shelled}\n\n{asked} {unconfirmed}"
    assert sentences(text, "th") == [reported, shelled, asked, unconfirmed]


def test_khmer_sentences_end_at_the_khan() -> None:
    first = "កងទ័ពថៃបាននិយាយថា ទាហានកម្ពុជាបានបាញ់មុន។"  # the Thai army said Cambodia fired first.
    second = "ក្រសួងការពារជាតិកម្ពុជាបានបដិសេធ។"  # Cambodia's defence ministry denied it.
    assert sentences(f"{first} {second}", "km") == [first, second]


def test_lao_is_detected_as_lao_and_cut_like_thai() -> None:
    first = "ກອງທັບລາວກ່າວວ່າທະຫານໄດ້ຮັບບາດເຈັບສອງຄົນຢູ່ຊາຍແດນ"  # the army says two were wounded
    second = "ກະຊວງປ້ອງກັນປະເທດປະຕິເສດຂ່າວດັ່ງກ່າວ"  # the defence ministry denied the report
    text = f"{first} {second}"
    assert detect_language(text) == "lo"  # (it was read as Somali)
    assert sentences(text, "lo") == [first, second]


def test_other_languages_are_not_cut_at_spaces() -> None:
    text = "Thai army officials said Cambodian troops fired first near the border crossing"
    assert sentences(text, "en") == [text]


def test_a_thai_article_imports_as_separate_statements(tmp_path: Path, cli: Runner) -> None:
    path = tmp_path / "thai.txt"
    path.write_text(f"ปะทะชายแดนไทย-กัมพูชา\n\n{ARTICLE}", encoding="utf-8")
    assert read_document(path.read_bytes(), path.name).lang == "th"
    cli("import", str(path))
    texts = [row["text"] for row in cli("statements", "--json").json()]
    assert texts[-3:] == [ACCUSED, WOUNDED, DENIED]
    found = cli("statements", "--grep", "ปฏิเสธ", "--json").json()  # "denied", inside a run
    assert [row["text"] for row in found] == [DENIED]
