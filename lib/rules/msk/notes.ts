/** Why serverless clusters are not judged (shared text of the MSK rules' notes). */
export const SERVERLESS = 'AWS::MSK::ServerlessCluster is not judged: it always uses IAM authentication and TLS, with no property to change either.';
