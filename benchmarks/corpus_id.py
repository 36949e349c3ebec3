"""A synthetic Indonesian news corpus for the build benchmark and tests: sentences written for it
(international relations and domestic news), recombined into articles with a dateline.

``write_corpus(folder, n)`` writes ``n`` .txt articles; ``articles(n)`` yields (id, text) pairs.
The same ``n`` and ``seed`` always give the same corpus.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Iterator

INTERNATIONAL = [
    "Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un di Pyongyang.",
    "Rusia memasok rudal balistik ke Iran, menurut laporan intelijen Amerika Serikat.",
    "Amerika Serikat menjatuhkan sanksi baru terhadap Rusia atas serangan ke Ukraina.",
    "Menteri Luar Negeri Indonesia Sugiono mengunjungi Beijing untuk membahas kerja sama perdagangan.",
    "Tiongkok dan Indonesia sepakat memperkuat kerja sama di bidang kesehatan dan pangan.",
    "Israel menyerang Jalur Gaza pada Selasa malam, menewaskan puluhan warga sipil.",
    "Iran membantah telah mengirim pesawat nirawak ke Rusia.",
    "Jepang memberikan bantuan kemanusiaan kepada Filipina setelah topan melanda.",
    "Korea Selatan menuduh Korea Utara meluncurkan rudal ke Laut Jepang.",
    "Uni Eropa berencana menjatuhkan sanksi kepada Iran pekan depan.",
    "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Australia di Istana Merdeka.",
    "Rusia dan Tiongkok memveto resolusi Dewan Keamanan PBB tentang sanksi terhadap Korea Utara.",
    "Turki mendukung Ukraina dalam perundingan damai di Istanbul.",
    "Amerika Serikat memasok sistem pertahanan udara Patriot ke Ukraina.",
    "Rusia tidak akan menyerang negara anggota NATO, kata juru bicara Kremlin.",
    "India dan Pakistan saling menuduh melanggar gencatan senjata di Kashmir.",
    "Malaysia dan Indonesia menandatangani perjanjian perbatasan laut di Kuala Lumpur.",
    "Korea Utara mengancam akan menyerang Korea Selatan jika latihan militer berlanjut.",
    "Prancis mengecam serangan Israel terhadap kamp pengungsi di Rafah.",
    "Arab Saudi memberikan bantuan dana kepada Palestina melalui badan PBB.",
]
DOMESTIC = [
    "Harga beras di pasar tradisional Jakarta naik dua persen dibandingkan bulan lalu.",
    "Badan Meteorologi memperkirakan hujan lebat di sebagian besar wilayah Jawa Barat.",
    "Pemerintah daerah membangun jembatan baru untuk menghubungkan dua kecamatan di Kalimantan Timur.",
    "Polisi menangkap tiga tersangka kasus penipuan daring di Surabaya.",
    "Ribuan warga mengikuti lomba lari pagi di kawasan Monas pada hari Minggu.",
    "Bank Indonesia mempertahankan suku bunga acuan di level enam persen.",
    "Sekolah-sekolah di Yogyakarta mulai menerapkan kurikulum baru tahun ini.",
    "Petani di Lampung mengeluhkan harga pupuk yang terus meningkat.",
    "Dinas Kesehatan mencatat penurunan kasus demam berdarah di Bandung.",
    "Kereta cepat Jakarta-Bandung mengangkut lebih dari sepuluh ribu penumpang per hari.",
    "Banjir merendam ratusan rumah di pinggiran Kota Medan setelah hujan semalaman.",
    "Pemerintah kota meresmikan taman baru yang dilengkapi fasilitas olahraga.",
    "Nelayan di pesisir utara Jawa tidak melaut karena gelombang tinggi.",
    "Inflasi tahunan tercatat sebesar dua koma satu persen pada bulan Mei.",
    "Mahasiswa menggelar diskusi publik tentang perubahan iklim di kampus.",
    "Pasar saham ditutup menguat didorong oleh saham sektor perbankan.",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
CITIES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Denpasar"]


def article(i: int, seed: int = 0) -> str:
    rnd = random.Random(seed * 1_000_003 + i)
    d, m = rnd.randint(1, 28), rnd.randint(1, 12)
    head = f"{rnd.choice(CITIES)}, {rnd.choice(DAYS)} ({d}/{m}/2024) - "
    sents = rnd.sample(INTERNATIONAL, rnd.randint(2, 4)) + rnd.sample(DOMESTIC, rnd.randint(3, 6))
    rnd.shuffle(sents)
    paras, cur = [], []
    for s in sents:
        cur.append(s)
        if len(cur) == 2:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    title = f"Berita {i}: " + sents[0].split(",")[0].rstrip(".")[:80]
    return title + "\n\n" + head + "\n\n".join(paras) + "\n"


def articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    for i in range(n):
        yield f"berita-{i:06d}", article(i, seed)


def write_corpus(folder: str | Path, n: int, seed: int = 0, per_folder: int = 1000) -> Path:
    folder = Path(folder)
    for i, (doc_id, text) in enumerate(articles(n, seed)):
        sub = folder / f"part-{i // per_folder:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder
