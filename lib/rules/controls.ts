/** Regulatory controls the catalog maps rules to. */
export const GDPR_32_1_A = 'GDPR Art. 32(1)(a) encryption of personal data';
export const GDPR_32_1_B = 'GDPR Art. 32(1)(b) confidentiality of processing systems';
export const GDPR_25 = 'GDPR Art. 25 data protection by design and by default';
export const HIPAA_ACCESS = 'HIPAA 164.312(a)(1) access control';
export const HIPAA_AT_REST = 'HIPAA 164.312(a)(2)(iv) encryption and decryption';
export const HIPAA_TRANSMISSION = 'HIPAA 164.312(e)(1) transmission security';
export const HIPAA_IN_TRANSIT = 'HIPAA 164.312(e)(2)(ii) encryption in transit';

/** The usual controls of each category; a rule may add more. */
export const PUBLIC = [GDPR_32_1_B, GDPR_25, HIPAA_ACCESS] as const;
export const PLAINTEXT = [GDPR_32_1_A, HIPAA_TRANSMISSION, HIPAA_IN_TRANSIT] as const;
export const UNENCRYPTED = [GDPR_32_1_A, GDPR_25, HIPAA_AT_REST] as const;
