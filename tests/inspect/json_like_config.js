const config = {
  server: { host: 'localhost', port: 8080, tls: { enabled: false, cert: null } },
  database: { url: 'postgres://user:pass@localhost:5432/db', pool: { min: 2, max: 10 } },
  features: ['auth', 'logging', 'metrics'],
};
console.log(config);
