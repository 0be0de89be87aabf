"""The question bank (questions/*.yml): its checks, each topic page's 확인 문제 / Check
yourself section, and the practice.json and Anki exports."""
