"""Envelope encryption with AWS KMS: a data key encrypts the data, the KMS key encrypts the data key."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.security import (
    IdentityAndAccessManagementIamDataEncryptionKey,
    IdentityAndAccessManagementIamEncryptedData,
    KeyManagementService,
)

DIRECTION = "LR"
# Curved edges keep the multi-line step labels beside their arrows instead of on top of them.
GRAPH_ATTR = {"splines": "spline", "nodesep": "0.9"}
CAPTION = {
    "ko": "AWS KMS의 봉투 암호화: 데이터 키로 데이터를, KMS 키로 데이터 키를 암호화",
    "en": "Envelope encryption with AWS KMS: the data key encrypts the data, the KMS key encrypts the data key",
}
ALT = {
    "ko": (
        "애플리케이션이 KMS 키의 ID를 넣어 AWS KMS에 GenerateDataKey를 요청합니다(1). "
        "KMS는 새 데이터 키를 만들어 평문 데이터 키와, KMS 키로 암호화한 데이터 키를 함께 돌려줍니다(2). "
        "KMS 키 자체는 KMS의 하드웨어 보안 모듈 밖으로 나오지 않습니다. "
        "애플리케이션은 평문 데이터 키로 데이터를 자기 메모리에서 암호화한 뒤 평문 키를 지웁니다(3). "
        "암호화된 데이터 옆에 암호화된 데이터 키를 함께 저장합니다(4). "
        "복호화할 때는 암호화된 데이터 키만 KMS의 Decrypt로 보내 평문 데이터 키를 돌려받고, 그 키로 데이터를 풉니다(5)."
    ),
    "en": (
        "The application asks AWS KMS for a data key with GenerateDataKey, naming a KMS key (1). "
        "KMS creates a new data key and returns it twice: in plaintext, and encrypted under the KMS key (2). "
        "The KMS key itself never leaves the hardware security modules of KMS. "
        "The application encrypts the data in its own memory with the plaintext data key, then erases that key (3). "
        "It stores the encrypted data key next to the encrypted data (4). "
        "To decrypt, it sends only the encrypted data key to KMS with Decrypt, gets the plaintext data key back and decrypts the data with it (5)."
    ),
}
LABELS = {
    "kms": {"ko": "AWS KMS", "en": "AWS KMS"},
    "kms_key": {
        "ko": "KMS 키\n(KMS 밖으로\n나가지 않음)",
        "en": "KMS key\n(never leaves\nKMS)",
    },
    "app_cluster": {"ko": "애플리케이션(메모리 안)", "en": "Application (in memory)"},
    "app": {"ko": "애플리케이션", "en": "Application"},
    "plain_key": {
        "ko": "평문 데이터 키\n(사용 후 삭제)",
        "en": "Plaintext data key\n(erased after use)",
    },
    "storage": {"ko": "저장소(S3, EBS, 파일 …)", "en": "Storage (S3, EBS, files, …)"},
    "stored": {
        "ko": "암호화된 데이터\n+ 암호화된 데이터 키",
        "en": "Encrypted data\n+ encrypted data key",
    },
    "s12": {
        "ko": "1. GenerateDataKey(KMS 키 ID) →\n← 2. 평문 데이터 키\n+ 암호화된 데이터 키",
        "en": "1. GenerateDataKey(KMS key ID) →\n← 2. Plaintext data key\n+ encrypted data key",
    },
    "s3": {
        "ko": "3. 평문 데이터 키로\n데이터를 암호화",
        "en": "3. Encrypt the data with\nthe plaintext data key",
    },
    "s4": {
        "ko": "4. 암호문과 암호화된\n데이터 키를 함께 저장",
        "en": "4. Store the ciphertext with\nthe encrypted data key",
    },
    "s5": {
        "ko": "5. 복호화: Decrypt(암호화된 데이터 키)\n→ 평문 데이터 키",
        "en": "5. To decrypt: Decrypt(encrypted data key)\n→ plaintext data key",
    },
}


def draw(t):
    with Cluster(t("kms")):
        kms_key = KeyManagementService(t("kms_key"))
    with Cluster(t("app_cluster")):
        app = EC2(t("app"))
        plain_key = IdentityAndAccessManagementIamDataEncryptionKey(t("plain_key"))
    with Cluster(t("storage")):
        stored = IdentityAndAccessManagementIamEncryptedData(t("stored"))
    app - Edge(label=t("s12"), forward=True, reverse=True) - kms_key
    app >> Edge(label=t("s3"), color="darkblue") >> plain_key
    plain_key >> Edge(label=t("s4"), color="darkblue") >> stored
    stored >> Edge(label=t("s5"), style="dashed", color="darkgreen") >> kms_key
